package com.attackacrack.crm.domain.contact;

import java.time.Instant;

/** One row of the contact list: the contact and how many properties it is linked to. */
public record ContactSummary(Contact contact, int propertyCount) {

    public Instant createdAt() {
        return contact.createdAt();
    }
}
