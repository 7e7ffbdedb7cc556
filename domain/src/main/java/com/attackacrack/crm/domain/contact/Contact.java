package com.attackacrack.crm.domain.contact;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A person the business may text or call: their details, opt-out state, where they came from, and when. */
public record Contact(ContactId id, ContactDetails details, OptOut optOut, String source, Instant createdAt,
                      Instant updatedAt, Instant lastActivityAt) {

    public Contact {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(lastActivityAt, "lastActivityAt");
    }

    public Optional<OptOut> optedOut() {
        return Optional.ofNullable(optOut);
    }

    public boolean isCustomer() {
        return details.customerSince() != null;
    }

    /** The name, else the phone, else the email, for lists and headings. */
    public String displayName() {
        return displayName(details);
    }

    /** The name, else the phone, else the email. */
    public static String displayName(ContactDetails details) {
        String name = ((details.firstName() == null ? "" : details.firstName()) + " "
                + (details.lastName() == null ? "" : details.lastName())).strip();
        if (!name.isEmpty()) {
            return name;
        }
        if (details.phone() != null) {
            return details.phone().display();
        }
        return details.email() == null ? "Unnamed contact" : details.email().value();
    }
}
