package com.attackacrack.crm.application.service.importing;

import com.attackacrack.crm.application.port.in.importing.ImportFileCommand;
import com.attackacrack.crm.application.port.in.importing.ImportFileUseCase;
import com.attackacrack.crm.application.port.in.importing.ImportOutcome;
import com.attackacrack.crm.application.port.in.importing.ImportProgress;
import com.attackacrack.crm.application.port.out.ImportRepository;
import com.attackacrack.crm.application.port.out.PhoneNormaliser;
import com.attackacrack.crm.application.port.out.TransactionRunner;
import com.attackacrack.crm.domain.importing.ImportCounts;
import com.attackacrack.crm.domain.importing.ImportId;
import com.attackacrack.crm.domain.importing.ImportRow;
import com.attackacrack.crm.domain.importing.ImportStatus;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Streams a file through {@link ImportFileReader} in batches of {@value #BATCH_SIZE} rows, each applied set-based in
 * its own transaction by the {@link ImportRepository}; a dry run does the same inside one transaction that is
 * rolled back after the counts are read.
 */
public final class ImportFileService implements ImportFileUseCase {

    /** Rows per batch (and per transaction): large enough for set-based work, small enough for flat memory. */
    public static final int BATCH_SIZE = 2_000;

    private final ImportRepository imports;
    private final TransactionRunner transactions;
    private final PhoneNormaliser phones;
    private final Clock clock;

    public ImportFileService(ImportRepository imports, TransactionRunner transactions, PhoneNormaliser phones,
                             Clock clock) {
        this.imports = Objects.requireNonNull(imports, "imports");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.phones = Objects.requireNonNull(phones, "phones");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public ImportOutcome importFile(ImportFileCommand command, ImportProgress progress) {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(progress, "progress");
        // Opening reads and checks the header: a file missing columns is refused before the database is touched.
        try (ImportFileReader reader = ImportFileReader.open(command.content(), command.format(), command.mapping(),
                phones)) {
            return command.dryRun() ? dryRun(command, reader, progress) : run(command, reader, progress);
        }
    }

    private ImportOutcome run(ImportFileCommand command, ImportFileReader reader, ImportProgress progress) {
        ImportId id = transactions.inTransaction(() -> imports.start(command.fileName(), reader.format(),
                command.startedBy(), null, clock.instant()));
        String error;
        try {
            error = applyAll(id, reader, progress, true);
        } catch (RuntimeException e) {
            transactions.inTransaction(() -> imports.finish(id, ImportStatus.FAILED, "Stopped by an unexpected error ("
                    + e.getClass().getSimpleName() + "); the rows applied before it are kept", clock.instant()));
            throw e;
        }
        ImportStatus status = error == null ? ImportStatus.COMPLETED : ImportStatus.FAILED;
        transactions.inTransaction(() -> imports.finish(id, status, error, clock.instant()));
        return new ImportOutcome(id, reader.format(), status, error, imports.counts(id), false);
    }

    private ImportOutcome dryRun(ImportFileCommand command, ImportFileReader reader, ImportProgress progress) {
        try {
            transactions.inTransaction(() -> {
                ImportId id = imports.start(command.fileName(), reader.format(), command.startedBy(), null,
                        clock.instant());
                String error = applyAll(id, reader, progress, false);
                throw new RolledBack(error, imports.counts(id));
            });
            throw new IllegalStateException("the dry run's transaction was not rolled back");
        } catch (RolledBack rolledBack) {
            ImportStatus status = rolledBack.error == null ? ImportStatus.COMPLETED : ImportStatus.FAILED;
            return new ImportOutcome(null, reader.format(), status, rolledBack.error, rolledBack.counts, true);
        }
    }

    /** Applies every row; returns null when the file was read to its end, else what stopped the reading. */
    private String applyAll(ImportId id, ImportFileReader reader, ImportProgress progress, boolean batchTransactions) {
        String source = "import:" + id.value();
        List<ImportRow> batch = new ArrayList<>(BATCH_SIZE);
        long applied = 0;
        String error = null;
        while (true) {
            Optional<ImportRow> row;
            try {
                row = reader.next();
            } catch (BusinessRuleException e) {
                // A malformed record part-way (e.g. an unclosed quote): every row read before it still applies.
                error = e.getMessage();
                row = Optional.empty();
            }
            if (row.isPresent()) {
                batch.add(row.get());
            }
            if (batch.size() == BATCH_SIZE || (row.isEmpty() && !batch.isEmpty())) {
                applied += apply(id, batch, source, batchTransactions);
                progress.rowsApplied(applied);
            }
            if (row.isEmpty()) {
                return error;
            }
        }
    }

    private int apply(ImportId id, List<ImportRow> batch, String source, boolean ownTransaction) {
        List<ImportRow> rows = List.copyOf(batch);
        batch.clear();
        if (ownTransaction) {
            transactions.inTransaction(() -> imports.applyBatch(id, rows, source, clock.instant()));
        } else {
            imports.applyBatch(id, rows, source, clock.instant());
        }
        return rows.size();
    }

    /** Carries a dry run's result out of the transaction it rolls back. */
    private static final class RolledBack extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final transient String error;
        private final transient ImportCounts counts;

        RolledBack(String error, ImportCounts counts) {
            super("dry run rolled back", null, false, false);
            this.error = error;
            this.counts = counts;
        }
    }
}
