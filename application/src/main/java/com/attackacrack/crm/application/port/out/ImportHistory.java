package com.attackacrack.crm.application.port.out;

import com.attackacrack.crm.domain.importing.ColumnMapping;
import com.attackacrack.crm.domain.importing.ImportFormat;
import com.attackacrack.crm.domain.importing.ImportId;
import com.attackacrack.crm.domain.importing.ImportProblem;
import com.attackacrack.crm.domain.importing.ImportRecord;
import com.attackacrack.crm.domain.importing.ImportStatus;
import com.attackacrack.crm.domain.shared.Page;
import com.attackacrack.crm.domain.shared.PageRequest;
import java.time.Instant;
import java.util.function.Consumer;

/** The import runs as the settings pages see them: queued uploads, the history, and each run's row problems. */
public interface ImportHistory {

    /**
     * Records an uploaded file's run in {@code status} QUEUED (waiting for a worker) or AWAITING_MAPPING (a generic
     * file waiting for an admin to map its columns), with the column mapping to read it with (null: none).
     */
    ImportId queue(String fileName, ImportFormat format, ColumnMapping mapping, ImportStatus status, String startedBy,
                   Instant now);

    /** Records an uploaded file's run in status QUEUED without a column mapping. */
    default ImportId queue(String fileName, ImportFormat format, String startedBy, Instant now) {
        return queue(fileName, format, null, ImportStatus.QUEUED, startedBy, now);
    }

    /**
     * Stores the column mapping of a run AWAITING_MAPPING and moves it to QUEUED, in one conditional update; false
     * when the run is not (or no longer) awaiting a mapping.
     */
    boolean startWithMapping(ImportId id, ColumnMapping mapping);

    /** Moves a QUEUED or FAILED run to RUNNING (a re-run clears its error); false when it is RUNNING or COMPLETED. */
    boolean markRunning(ImportId id, Long rowsTotal);

    /** A page of runs, newest first. */
    Page<ImportRecord> list(PageRequest page);

    /** Streams the run's problems ordered by line; returns how many. */
    long forEachProblem(ImportId id, Consumer<ImportProblem> sink);
}
