package com.attackacrack.crm.application.service.importing;

import com.attackacrack.crm.application.port.in.importing.MapImportColumnsCommand;
import com.attackacrack.crm.application.port.in.importing.MapImportColumnsUseCase;
import com.attackacrack.crm.application.port.out.ColumnMappingRepository;
import com.attackacrack.crm.application.port.out.ImportFileStore;
import com.attackacrack.crm.application.port.out.ImportHistory;
import com.attackacrack.crm.application.port.out.ImportRepository;
import com.attackacrack.crm.application.port.out.JobQueue;
import com.attackacrack.crm.application.port.out.TransactionRunner;
import com.attackacrack.crm.domain.importing.ColumnMapping;
import com.attackacrack.crm.domain.importing.ImportField;
import com.attackacrack.crm.domain.importing.ImportFormat;
import com.attackacrack.crm.domain.importing.ImportId;
import com.attackacrack.crm.domain.importing.ImportRecord;
import com.attackacrack.crm.domain.importing.ImportStatus;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Builds the {@link ColumnMapping} an admin chose for an import waiting for one, checks its columns against the
 * stored file's header, saves it by name when asked, stores it on the import (moving it to QUEUED with one
 * conditional update, in the same transaction as the save) and enqueues the {@code import.run} job.
 */
public final class MapImportColumnsService implements MapImportColumnsUseCase {

    private final ImportRepository imports;
    private final ImportHistory history;
    private final ImportFileStore files;
    private final ColumnMappingRepository mappings;
    private final JobQueue jobs;
    private final TransactionRunner transactions;
    private final Clock clock;

    public MapImportColumnsService(ImportRepository imports, ImportHistory history, ImportFileStore files,
                                   ColumnMappingRepository mappings, JobQueue jobs, TransactionRunner transactions,
                                   Clock clock) {
        this.imports = Objects.requireNonNull(imports, "imports");
        this.history = Objects.requireNonNull(history, "history");
        this.files = Objects.requireNonNull(files, "files");
        this.mappings = Objects.requireNonNull(mappings, "mappings");
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void map(MapImportColumnsCommand command) {
        Objects.requireNonNull(command, "command");
        ImportId id = command.id();
        awaitingMapping(imports, id);
        ColumnMapping mapping = mapping(command.fieldByColumn());
        new ImportColumns(storedHeader(files, id)).requireColumns(ImportFormat.GENERIC,
                List.copyOf(mapping.columns().values()));
        transactions.inTransaction(() -> {
            if (command.saveAsName() != null) {
                mappings.save(command.saveAsName(), mapping, clock.instant());
            }
            if (!history.startWithMapping(id, mapping)) {
                throw notAwaiting(id);
            }
        });
        jobs.enqueue(ImportJob.request(id));
    }

    /** The mapping of these choices; two columns mapped to one field are refused, naming the field and columns. */
    static ColumnMapping mapping(Map<String, ImportField> fieldByColumn) {
        Map<ImportField, String> columns = new EnumMap<>(ImportField.class);
        fieldByColumn.forEach((column, field) -> {
            String before = columns.putIfAbsent(field, column);
            if (before != null) {
                throw BusinessRuleException.invalid("Two columns are mapped to " + field.label() + " ('" + before
                        + "' and '" + column + "'): map each field to one column only");
            }
        });
        return new ColumnMapping(columns);
    }

    /** The import, refused when unknown or not waiting for a column mapping. */
    static ImportRecord awaitingMapping(ImportRepository imports, ImportId id) {
        ImportRecord record = imports.find(id).orElseThrow(() -> BusinessRuleException.notFound("No import " + id));
        if (record.status() != ImportStatus.AWAITING_MAPPING) {
            throw notAwaiting(id);
        }
        return record;
    }

    /** The header row of the import's stored file. */
    static List<String> storedHeader(ImportFileStore files, ImportId id) {
        if (!files.has(id)) {
            throw BusinessRuleException.invalid("The file of import " + id + " is no longer stored: upload it again");
        }
        try (InputStream content = files.open(id)) {
            return ImportFileReader.readHeader(content);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the stored file of import " + id, e);
        }
    }

    private static BusinessRuleException notAwaiting(ImportId id) {
        return BusinessRuleException.conflict("Import " + id + " is no longer waiting for a column mapping: "
                + "its columns are already mapped");
    }
}
