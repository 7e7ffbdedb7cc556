package com.attackacrack.crm.domain.importing;

/** Which conflicts a list shows: one import's or all (null), one status or all (null), one field or all (null). */
public record ConflictFilter(ImportId importId, ConflictStatus status, ConflictField field) {

    /** The open conflicts of every import. */
    public static ConflictFilter open() {
        return new ConflictFilter(null, ConflictStatus.OPEN, null);
    }
}
