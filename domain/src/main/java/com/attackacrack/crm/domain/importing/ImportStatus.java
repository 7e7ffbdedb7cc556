package com.attackacrack.crm.domain.importing;

import java.util.Locale;

/**
 * Where an import run is: uploaded and waiting for an admin to map its columns, waiting for a worker, reading rows,
 * done, or stopped by an error (it can be re-run).
 */
public enum ImportStatus {
    AWAITING_MAPPING("mapping"),
    QUEUED,
    RUNNING,
    COMPLETED,
    FAILED;

    private final String code;

    ImportStatus() {
        this.code = null;
    }

    ImportStatus(String code) {
        this.code = code;
    }

    /** The lower-case code stored in the database. */
    public String code() {
        return code != null ? code : name().toLowerCase(Locale.ROOT);
    }

    /** The status with this code. */
    public static ImportStatus fromCode(String code) {
        for (ImportStatus status : values()) {
            if (status.code().equals(code)) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown import status " + code);
    }

    /** Whether the run has ended, well or not. */
    public boolean finished() {
        return this == COMPLETED || this == FAILED;
    }
}
