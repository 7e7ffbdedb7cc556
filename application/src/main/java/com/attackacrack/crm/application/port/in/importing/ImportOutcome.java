package com.attackacrack.crm.application.port.in.importing;

import com.attackacrack.crm.domain.importing.ImportCounts;
import com.attackacrack.crm.domain.importing.ImportFormat;
import com.attackacrack.crm.domain.importing.ImportId;
import com.attackacrack.crm.domain.importing.ImportStatus;
import java.util.Objects;

/**
 * How an import ended: its id (null for a dry run, which stores nothing), the format read, the status (COMPLETED or
 * FAILED), the error that stopped it, and the counts read back from the database (for a dry run: what the
 * run would have done, read inside the transaction before it was rolled back).
 */
public record ImportOutcome(ImportId id, ImportFormat format, ImportStatus status, String error, ImportCounts counts,
                            boolean dryRun) {

    public ImportOutcome {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(counts, "counts");
    }

    /** Whether every row was read (rows may still have been rejected or have problems). */
    public boolean completed() {
        return status == ImportStatus.COMPLETED;
    }
}
