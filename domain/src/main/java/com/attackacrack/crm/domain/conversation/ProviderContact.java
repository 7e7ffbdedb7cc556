package com.attackacrack.crm.domain.conversation;

import java.time.Instant;
import java.util.List;

/**
 * A contact as kept in OpenPhone's own address book: its id, names, phone numbers and emails as given, and when it
 * changed. A deleted one carries only its id (and whatever the event still holds).
 */
public record ProviderContact(String providerId, String firstName, String lastName, List<String> phones,
                              List<String> emails, Instant updatedAt) {

    public ProviderContact {
        if (providerId == null || providerId.isBlank()) {
            throw new IllegalArgumentException("a provider contact has an id");
        }
        phones = phones == null ? List.of() : List.copyOf(phones);
        emails = emails == null ? List.of() : List.copyOf(emails);
    }
}
