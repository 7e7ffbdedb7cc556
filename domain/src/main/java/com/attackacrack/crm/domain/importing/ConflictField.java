package com.attackacrack.crm.domain.importing;

import java.util.Locale;

/** A contact field an import can disagree about (lead source and notes only ever fill empty fields). */
public enum ConflictField {
    FIRST_NAME("First name"),
    LAST_NAME("Last name"),
    EMAIL("Email"),
    PHONE("Phone");

    private final String label;

    ConflictField(String label) {
        this.label = label;
    }

    /** The name people read. */
    public String label() {
        return label;
    }

    /** The lower-case code stored in the database, e.g. {@code first_name}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The field with this code. */
    public static ConflictField fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
