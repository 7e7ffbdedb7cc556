package com.attackacrack.crm.domain.importing;

import java.util.Locale;

/** Where a conflict stands: waiting for an admin, or resolved one of three ways. */
public enum ConflictStatus {
    OPEN("Open"),
    KEPT_CURRENT("Kept current"),
    TOOK_INCOMING("Took incoming"),
    EDITED("Edited");

    private final String label;

    ConflictStatus(String label) {
        this.label = label;
    }

    /** The name people read. */
    public String label() {
        return label;
    }

    /** The lower-case code stored in the database, e.g. {@code kept_current}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status with this code. */
    public static ConflictStatus fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
