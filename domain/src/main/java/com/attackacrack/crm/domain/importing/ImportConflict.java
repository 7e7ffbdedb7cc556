package com.attackacrack.crm.domain.importing;

import com.attackacrack.crm.domain.contact.ContactId;
import java.time.Instant;
import java.util.Objects;

/**
 * A difference an import found between a contact and a row: the field, the contact's value when the row was read
 * ({@code currentValue}) and now ({@code valueNow}, null when emptied), the row's value, where it came from, and
 * once resolved how, to what, by whom and when (the audit trail).
 */
public record ImportConflict(long id, ImportId importId, String fileName, long line, ContactId contactId,
                             String contactName, ConflictField field, String currentValue, String valueNow,
                             String incomingValue, ConflictStatus status, String resolvedValue, String resolvedBy,
                             Instant resolvedAt, Instant createdAt) {

    public ImportConflict {
        Objects.requireNonNull(importId, "importId");
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(currentValue, "currentValue");
        Objects.requireNonNull(incomingValue, "incomingValue");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** Whether it still waits for an admin. */
    public boolean open() {
        return status == ConflictStatus.OPEN;
    }
}
