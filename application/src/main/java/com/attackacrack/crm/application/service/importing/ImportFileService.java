package com.attackacrack.crm.application.service.importing;

import com.attackacrack.crm.application.port.in.importing.ImportFileCommand;
import com.attackacrack.crm.application.port.in.importing.ImportFileUseCase;
import com.attackacrack.crm.application.port.in.importing.ImportOutcome;
import com.attackacrack.crm.application.port.in.importing.ImportProgress;
import com.attackacrack.crm.application.port.out.ColumnMappingRepository;
import com.attackacrack.crm.application.port.out.ImportRepository;
import com.attackacrack.crm.application.port.out.PhoneNormaliser;
import com.attackacrack.crm.application.port.out.TransactionRunner;
import com.attackacrack.crm.domain.importing.ColumnMapping;
import com.attackacrack.crm.domain.importing.ImportCounts;
import com.attackacrack.crm.domain.importing.ImportFormat;
import com.attackacrack.crm.domain.importing.ImportId;
import com.attackacrack.crm.domain.importing.ImportStatus;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * Imports a file from the command line: streams it through {@link ImportFileReader} in batches
 * ({@link ImportBatches}), each applied set-based in its own transaction by the {@link ImportRepository}; a dry run
 * does the same inside one transaction that is rolled back after the counts are read. A generic file is read with the
 * saved column mapping named in the command (looked up in the {@link ColumnMappingRepository}), else a suggested one.
 */
public final class ImportFileService implements ImportFileUseCase {

    private final ImportRepository imports;
    private final ColumnMappingRepository mappings;
    private final TransactionRunner transactions;
    private final PhoneNormaliser phones;
    private final Clock clock;
    private final ImportBatches batches;

    public ImportFileService(ImportRepository imports, ColumnMappingRepository mappings,
                             TransactionRunner transactions, PhoneNormaliser phones, Clock clock) {
        this.imports = Objects.requireNonNull(imports, "imports");
        this.mappings = Objects.requireNonNull(mappings, "mappings");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.phones = Objects.requireNonNull(phones, "phones");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.batches = new ImportBatches(imports, transactions, clock);
    }

    @Override
    public ImportOutcome importFile(ImportFileCommand command, ImportProgress progress) {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(progress, "progress");
        // Opening reads and checks the header: a file missing columns is refused before the database is touched.
        ColumnMapping mapping = command.mappingName() == null ? null : savedMapping(command.mappingName());
        ImportFormat format = mapping != null ? ImportFormat.GENERIC : command.format();
        try (ImportFileReader reader = ImportFileReader.open(command.content(), format, mapping, phones)) {
            return command.dryRun() ? dryRun(command, reader, progress) : run(command, reader, progress);
        }
    }

    /** The saved mapping with this name; an unknown name is refused, listing the saved ones. */
    private ColumnMapping savedMapping(String name) {
        return mappings.find(name).orElseThrow(() -> {
            List<String> names = mappings.names();
            return BusinessRuleException.invalid("No saved column mapping is called '" + name + "'"
                    + (names.isEmpty() ? ": none is saved yet (save one while mapping an upload in Settings > Data "
                    + "Imports)" : "; saved mappings: " + String.join(", ", names)));
        });
    }

    private ImportOutcome run(ImportFileCommand command, ImportFileReader reader, ImportProgress progress) {
        ImportId id = transactions.inTransaction(() -> imports.start(command.fileName(), reader.format(),
                command.startedBy(), null, clock.instant()));
        String error;
        try {
            error = batches.applyAll(id, reader, progress, true);
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
                String error = batches.applyAll(id, reader, progress, false);
                throw new RolledBack(error, imports.counts(id));
            });
            throw new IllegalStateException("the dry run's transaction was not rolled back");
        } catch (RolledBack rolledBack) {
            ImportStatus status = rolledBack.error == null ? ImportStatus.COMPLETED : ImportStatus.FAILED;
            return new ImportOutcome(null, reader.format(), status, rolledBack.error, rolledBack.counts, true);
        }
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
