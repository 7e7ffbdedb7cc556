package com.attackacrack.crm.adapters.in.web.importing;

import com.attackacrack.crm.adapters.in.web.listing.Formats;
import com.attackacrack.crm.domain.importing.ImportConflict;

/**
 * One conflict for the queue and the side-by-side view: the contact (linked), the field, the value the contact had
 * when the row was read, its value now, the file's value, where it came from, and how it was resolved.
 */
public record ConflictView(long id, String link, long contactId, String contactLink, String contactName, String field,
                           String fieldCode, String currentValue, String valueNow, boolean changedSince,
                           String incomingValue, long importId, String importLink, String fileName, long line,
                           boolean open, String status, String resolvedValue, String resolvedBy, String resolvedAt,
                           String created) {

    /** The view of a conflict. */
    public static ConflictView from(ImportConflict conflict) {
        String now = conflict.valueNow() == null ? "" : conflict.valueNow();
        return new ConflictView(conflict.id(), ConflictsController.PATH + "/" + conflict.id(), conflict.contactId().value(),
                "/contacts/" + conflict.contactId().value(),
                conflict.contactName() == null || conflict.contactName().isBlank() ? "Contact " + conflict.contactId().value()
                        : conflict.contactName(),
                conflict.field().label(), conflict.field().code(), conflict.currentValue(), now,
                !now.equals(conflict.currentValue()), conflict.incomingValue(), conflict.importId().value(),
                ImportsController.PATH + "/" + conflict.importId().value(), conflict.fileName(), conflict.line(),
                conflict.open(), conflict.status().label(), conflict.resolvedValue() == null ? "" : conflict.resolvedValue(),
                conflict.resolvedBy() == null ? "" : conflict.resolvedBy(),
                conflict.resolvedAt() == null ? "" : Formats.moment(conflict.resolvedAt()), Formats.moment(conflict.createdAt()));
    }
}
