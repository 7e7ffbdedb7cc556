package com.attackacrack.crm.application.service.importing;

import com.attackacrack.crm.application.port.in.importing.ImportProgress;
import com.attackacrack.crm.application.port.out.ImportFileStore;
import com.attackacrack.crm.application.port.out.ImportHistory;
import com.attackacrack.crm.application.port.out.ImportRepository;
import com.attackacrack.crm.application.port.out.Job;
import com.attackacrack.crm.application.port.out.OperationsMetrics;
import com.attackacrack.crm.application.port.out.PermanentJobFailure;
import com.attackacrack.crm.application.port.out.PhoneNormaliser;
import com.attackacrack.crm.application.port.out.TransactionRunner;
import com.attackacrack.crm.application.service.jobs.JobHandler;
import com.attackacrack.crm.domain.importing.ColumnMapping;
import com.attackacrack.crm.domain.importing.ImportId;
import com.attackacrack.crm.domain.importing.ImportRecord;
import com.attackacrack.crm.domain.importing.ImportStatus;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Objects;

/**
 * Runs an uploaded import ({@code import.run} jobs) from the file stored in the database: counts its rows first so
 * that the progress bar has a total, then applies them in batches; rows applied by an earlier attempt are skipped,
 * so a re-delivered job or a re-run resumes. A generic file is read with the column mapping stored on the import
 * (else one suggested from its header). A file that cannot be read to its end marks the import FAILED (and
 * keeps the file for a re-run); a completed import's file is deleted.
 */
public final class RunImportHandler implements JobHandler {

    private final ImportRepository imports;
    private final ImportHistory history;
    private final ImportFileStore files;
    private final TransactionRunner transactions;
    private final PhoneNormaliser phones;
    private final Clock clock;
    private final ImportBatches batches;

    public RunImportHandler(ImportRepository imports, ImportHistory history, ImportFileStore files,
                            TransactionRunner transactions, PhoneNormaliser phones, Clock clock) {
        this(imports, history, files, transactions, phones, clock, OperationsMetrics.NONE);
    }

    /** A handler reporting the rows it applies to {@code metrics}. */
    public RunImportHandler(ImportRepository imports, ImportHistory history, ImportFileStore files,
                            TransactionRunner transactions, PhoneNormaliser phones, Clock clock, OperationsMetrics metrics) {
        this.imports = Objects.requireNonNull(imports, "imports");
        this.history = Objects.requireNonNull(history, "history");
        this.files = Objects.requireNonNull(files, "files");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.phones = Objects.requireNonNull(phones, "phones");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.batches = new ImportBatches(imports, transactions, clock, Objects.requireNonNull(metrics, "metrics"));
    }

    @Override
    public String jobType() {
        return ImportJob.TYPE;
    }

    @Override
    public void handle(Job job) {
        ImportId id = ImportJob.importId(job);
        ImportRecord record = imports.find(id)
                .orElseThrow(() -> new PermanentJobFailure("import " + id + " does not exist"));
        if (record.status() == ImportStatus.COMPLETED) {
            return;
        }
        if (!files.has(id)) {
            finish(id, "The uploaded file is no longer stored; upload it again");
            return;
        }
        if (record.status() == ImportStatus.AWAITING_MAPPING) {
            throw new PermanentJobFailure("import " + id + " is waiting for its column mapping");
        }
        ColumnMapping mapping = record.mapping();
        long total;
        try {
            total = countRows(id, record, mapping);
        } catch (BusinessRuleException e) {
            // The header does not fit the format or the import's mapping.
            finish(id, e.getMessage());
            return;
        }
        transactions.inTransaction(() -> history.markRunning(id, total));
        String error;
        try (InputStream content = files.open(id);
             ImportFileReader reader = ImportFileReader.open(content, record.format(), mapping, phones)) {
            error = batches.applyAll(id, reader, ImportProgress.ignored(), true);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the stored file of import " + id, e);
        } catch (BusinessRuleException e) {
            error = e.getMessage();
        }
        finish(id, error);
        if (error == null) {
            // Done: the file is not needed again (only a failed import can re-run).
            transactions.inTransaction(() -> files.delete(id));
        }
    }

    /** A first pass over the stored file, counting its data rows (the header checked again on the way). */
    private long countRows(ImportId id, ImportRecord record, ColumnMapping mapping) {
        try (InputStream content = files.open(id);
             ImportFileReader reader = ImportFileReader.open(content, record.format(), mapping, phones)) {
            return reader.countRemaining();
        } catch (IOException e) {
            throw new UncheckedIOException("reading the stored file of import " + id, e);
        }
    }

    private void finish(ImportId id, String error) {
        ImportStatus status = error == null ? ImportStatus.COMPLETED : ImportStatus.FAILED;
        transactions.inTransaction(() -> imports.finish(id, status, error, clock.instant()));
    }
}
