package com.attackacrack.crm.domain.system;

import java.util.Locale;

/** The roles one CRM process can play; each runs from the same jar under its own command. */
public enum ProcessRole {
    SERVE,
    WORKER,
    SCHEDULER;

    /** The lower-case name used in commands, payloads and the database. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a code written by {@link #code()}; names the bad value when it is unknown. */
    public static ProcessRole fromCode(String code) {
        for (ProcessRole role : values()) {
            if (role.code().equals(code)) {
                return role;
            }
        }
        throw new IllegalArgumentException("unknown process role: " + code);
    }
}
