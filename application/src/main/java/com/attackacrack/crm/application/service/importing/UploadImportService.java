package com.attackacrack.crm.application.service.importing;

import com.attackacrack.crm.application.port.in.importing.UploadImportCommand;
import com.attackacrack.crm.application.port.in.importing.UploadImportUseCase;
import com.attackacrack.crm.application.port.out.ColumnMappingRepository;
import com.attackacrack.crm.application.port.out.ImportFileStore;
import com.attackacrack.crm.application.port.out.ImportHistory;
import com.attackacrack.crm.application.port.out.JobQueue;
import com.attackacrack.crm.application.port.out.PhoneNormaliser;
import com.attackacrack.crm.application.port.out.TransactionRunner;
import com.attackacrack.crm.domain.importing.ColumnMapping;
import com.attackacrack.crm.domain.importing.ImportFormat;
import com.attackacrack.crm.domain.importing.ImportId;
import com.attackacrack.crm.domain.importing.ImportStatus;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.Objects;

/**
 * Checks an uploaded file's header from its first bytes (nothing is stored when columns are missing), then streams
 * the whole file into the {@link ImportFileStore} under a new QUEUED import in one transaction, and enqueues the
 * {@code import.run} job that a worker picks up. A generic file without a saved mapping is stored AWAITING_MAPPING
 * instead, with no job: an admin maps its columns first ({@link MapImportColumnsService}).
 */
public final class UploadImportService implements UploadImportUseCase {

    /** The header row must fit in the first 1 MiB of the file. */
    static final int HEADER_LIMIT = 1024 * 1024;

    private final ImportHistory history;
    private final ImportFileStore files;
    private final ColumnMappingRepository mappings;
    private final JobQueue jobs;
    private final TransactionRunner transactions;
    private final PhoneNormaliser phones;
    private final Clock clock;

    public UploadImportService(ImportHistory history, ImportFileStore files, ColumnMappingRepository mappings, JobQueue jobs,
                               TransactionRunner transactions, PhoneNormaliser phones, Clock clock) {
        this.history = Objects.requireNonNull(history, "history");
        this.files = Objects.requireNonNull(files, "files");
        this.mappings = Objects.requireNonNull(mappings, "mappings");
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.phones = Objects.requireNonNull(phones, "phones");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public ImportId upload(UploadImportCommand command) {
        Objects.requireNonNull(command, "command");
        ColumnMapping mapping = command.mappingName() == null ? null : mappings.find(command.mappingName())
                .orElseThrow(() -> BusinessRuleException.invalid("No saved mapping is called '" + command.mappingName() + "'"));
        BufferedInputStream content = new BufferedInputStream(command.content(), 64 * 1024);
        ImportFormat format = checkHeader(content, command.format(), mapping);
        ImportStatus status = format == ImportFormat.GENERIC && mapping == null
                ? ImportStatus.AWAITING_MAPPING : ImportStatus.QUEUED;
        ImportId id = transactions.inTransaction(() -> {
            ImportId queued = history.queue(command.fileName(), format, mapping, status, command.uploadedBy(),
                    clock.instant());
            files.store(queued, content);
            return queued;
        });
        if (status == ImportStatus.QUEUED) {
            jobs.enqueue(ImportJob.request(id));
        }
        return id;
    }

    /**
     * Reads the header from the start of the stream and rewinds it; returns the format the file will be read as. A
     * generic file without a mapping only needs a header row (its columns are mapped later).
     */
    private ImportFormat checkHeader(BufferedInputStream content, ImportFormat requested, ColumnMapping mapping) {
        content.mark(HEADER_LIMIT);
        ImportFormat format = requested;
        if (format == null) {
            format = ImportColumns.detect(ImportFileReader.readHeader(new KeptOpen(content)));
            rewind(content);
        }
        if (format == ImportFormat.GENERIC && mapping == null) {
            ImportFileReader.readHeader(new KeptOpen(content));
        } else {
            try (ImportFileReader reader = ImportFileReader.open(new KeptOpen(content), format, mapping, phones)) {
                format = reader.format();
            }
        }
        rewind(content);
        return format;
    }

    private static void rewind(BufferedInputStream content) {
        try {
            content.reset();
        } catch (IOException e) {
            throw BusinessRuleException.invalid("The header row is longer than " + HEADER_LIMIT / 1024
                    + " KiB: is this a CSV file?");
        }
        content.mark(HEADER_LIMIT);
    }

    /** Lets the header check's reader close without closing the upload. */
    private static final class KeptOpen extends FilterInputStream {

        KeptOpen(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // the upload stays open for storing
        }
    }
}
