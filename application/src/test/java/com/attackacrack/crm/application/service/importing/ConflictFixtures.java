package com.attackacrack.crm.application.service.importing;

import com.attackacrack.crm.domain.contact.ContactId;
import com.attackacrack.crm.domain.importing.ConflictField;
import com.attackacrack.crm.domain.importing.ConflictStatus;
import com.attackacrack.crm.domain.importing.ImportConflict;
import com.attackacrack.crm.domain.importing.ImportId;
import java.time.Duration;
import java.time.Instant;

/** Builds conflicts for the conflict service tests. */
final class ConflictFixtures {

    static final Instant CREATED = Instant.parse("2026-11-20T09:00:00Z");

    private ConflictFixtures() {
    }

    static ImportConflict open(long id, long importId, ConflictField field, String current, String incoming) {
        return new ImportConflict(id, new ImportId(importId), "leads.csv", id + 1, new ContactId(10 + id), "Ann Lee",
                field, current, current, incoming, ConflictStatus.OPEN, null, null, null,
                CREATED.plus(Duration.ofMinutes(id)));
    }

    static ImportConflict resolved(long id, ConflictStatus status, String by) {
        ImportConflict open = open(id, 1, ConflictField.EMAIL, "ann@example.com", "ann@work.example.com");
        return new ImportConflict(open.id(), open.importId(), open.fileName(), open.line(), open.contactId(),
                open.contactName(), open.field(), open.currentValue(), open.valueNow(), open.incomingValue(), status,
                open.currentValue(), by, CREATED.plus(Duration.ofDays(1)), open.createdAt());
    }
}
