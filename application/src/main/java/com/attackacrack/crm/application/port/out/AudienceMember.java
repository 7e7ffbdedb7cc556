package com.attackacrack.crm.application.port.out;

import com.attackacrack.crm.domain.contact.ContactId;
import com.attackacrack.crm.domain.shared.PhoneNumber;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A contact in a campaign's audience with what deciding whether and what to text them needs: the phone (null when
 * there is no valid one), whether they opted out (do not contact) or their number is suppressed, when they were last
 * texted (null: never), whether another live campaign (scheduled, running or paused) still has them pending, sending
 * or sent, and their template token values by token name (absent or blank when unknown).
 */
public record AudienceMember(ContactId contact, PhoneNumber phone, boolean optedOut, boolean suppressed,
                             Instant lastOutboundAt, boolean inOtherRunningCampaign, Map<String, String> tokens) {

    public AudienceMember {
        Objects.requireNonNull(contact, "contact");
        tokens = Map.copyOf(tokens);
    }

    /** The contact's full name, else their phone, else "Contact #id", for samples people read. */
    public String displayName() {
        String name = tokens.get("full_name");
        if (name != null && !name.isBlank()) {
            return name;
        }
        return phone != null ? phone.display() : "Contact #" + contact.value();
    }
}
