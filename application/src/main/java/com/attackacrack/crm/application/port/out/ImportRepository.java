package com.attackacrack.crm.application.port.out;

import com.attackacrack.crm.domain.importing.ImportCounts;
import com.attackacrack.crm.domain.importing.ImportFormat;
import com.attackacrack.crm.domain.importing.ImportId;
import com.attackacrack.crm.domain.importing.ImportRecord;
import com.attackacrack.crm.domain.importing.ImportRow;
import com.attackacrack.crm.domain.importing.ImportStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Stores import runs and applies their rows set-based (a batch of rows costs a handful of statements, never one per
 * row): properties matched by APN, else street and ZIP; contacts matched by phone, then email (people with neither
 * by name on the same property); matches enriched, differing values queued as conflicts, links made, per-row
 * outcomes and problems recorded so that every count is read back from the database. Joins the caller's
 * transaction when there is one.
 */
public interface ImportRepository {

    /** Records a new run in status RUNNING. */
    ImportId start(String fileName, ImportFormat format, String startedBy, Long rowsTotal, Instant now);

    /** Applies one batch of rows (lines unique within the run; a line applied before is skipped: re-runs resume). */
    void applyBatch(ImportId id, List<ImportRow> rows, String source, Instant now);

    /** The run's counts, read from what was committed (or written in the current transaction). */
    ImportCounts counts(ImportId id);

    /** Marks the run finished (COMPLETED or FAILED, with the error message when failed). */
    void finish(ImportId id, ImportStatus status, String error, Instant now);

    /** The stored run, if any. */
    Optional<ImportRecord> find(ImportId id);
}
