package com.attackacrack.crm.domain.importing;

import java.util.Locale;

/** Where an import run is: waiting for a worker, reading rows, done, or stopped by an error (it can be re-run). */
public enum ImportStatus {
    QUEUED,
    RUNNING,
    COMPLETED,
    FAILED;

    /** The lower-case code stored in the database. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status with this code. */
    public static ImportStatus fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }

    /** Whether the run has ended, well or not. */
    public boolean finished() {
        return this == COMPLETED || this == FAILED;
    }
}
