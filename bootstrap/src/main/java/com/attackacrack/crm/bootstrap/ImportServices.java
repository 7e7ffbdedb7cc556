package com.attackacrack.crm.bootstrap;

import com.attackacrack.crm.adapters.out.persistence.JdbiColumnMappingRepository;
import com.attackacrack.crm.adapters.out.persistence.JdbiImportConflictRepository;
import com.attackacrack.crm.adapters.out.persistence.JdbiImportFileStore;
import com.attackacrack.crm.adapters.out.persistence.JdbiImportHistory;
import com.attackacrack.crm.adapters.out.persistence.JdbiImportRepository;
import com.attackacrack.crm.adapters.out.persistence.JdbiTransactionRunner;
import com.attackacrack.crm.adapters.out.phone.LibPhoneNumberNormaliser;
import com.attackacrack.crm.application.port.out.ColumnMappingRepository;
import com.attackacrack.crm.application.port.out.ImportConflictRepository;
import com.attackacrack.crm.application.port.out.ImportFileStore;
import com.attackacrack.crm.application.port.out.ImportHistory;
import com.attackacrack.crm.application.port.out.ImportRepository;
import com.attackacrack.crm.application.port.out.JobQueue;
import com.attackacrack.crm.application.port.out.PhoneNormaliser;
import com.attackacrack.crm.application.port.out.TransactionRunner;
import com.attackacrack.crm.application.service.importing.ExportImportProblemsService;
import com.attackacrack.crm.application.service.importing.GetConflictService;
import com.attackacrack.crm.application.service.importing.GetImportService;
import com.attackacrack.crm.application.service.importing.ImportFileService;
import com.attackacrack.crm.application.service.importing.ListConflictsService;
import com.attackacrack.crm.application.service.importing.ListImportsService;
import com.attackacrack.crm.application.service.importing.MapImportColumnsService;
import com.attackacrack.crm.application.service.importing.PrepareColumnMappingService;
import com.attackacrack.crm.application.service.importing.RerunImportService;
import com.attackacrack.crm.application.service.importing.ResolveConflictService;
import com.attackacrack.crm.application.service.importing.ResolveImportConflictsService;
import com.attackacrack.crm.application.service.importing.RunImportHandler;
import com.attackacrack.crm.application.port.out.OperationsMetrics;
import com.attackacrack.crm.application.service.importing.UploadImportService;
import java.time.Clock;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;

/** Wires the import use cases (upload, column mapping, run, history, conflict queue) onto PostgreSQL, the job queue and the normaliser. */
final class ImportServices {

    private final ImportRepository imports;
    private final ImportHistory history;
    private final ImportFileStore files;
    private final ImportConflictRepository conflicts;
    private final ColumnMappingRepository mappings;
    private final TransactionRunner transactions;
    private final PhoneNormaliser phones = new LibPhoneNumberNormaliser();
    private final Supplier<JobQueue> jobs;
    private final Clock clock;

    ImportServices(Jdbi jdbi, Supplier<JobQueue> jobs, Clock clock) {
        this.imports = new JdbiImportRepository(jdbi);
        this.history = new JdbiImportHistory(jdbi);
        this.files = new JdbiImportFileStore(jdbi);
        this.conflicts = new JdbiImportConflictRepository(jdbi);
        this.mappings = new JdbiColumnMappingRepository(jdbi);
        this.transactions = new JdbiTransactionRunner(jdbi);
        this.jobs = jobs;
        this.clock = clock;
    }

    ImportFileService importFile() {
        return new ImportFileService(imports, mappings, transactions, phones, clock);
    }

    UploadImportService upload() {
        return new UploadImportService(history, files, mappings, jobs.get(), transactions, phones, clock);
    }

    RunImportHandler runHandler(OperationsMetrics metrics) {
        return new RunImportHandler(imports, history, files, transactions, phones, clock, metrics);
    }

    PrepareColumnMappingService prepareMapping() {
        return new PrepareColumnMappingService(imports, files, mappings);
    }

    MapImportColumnsService mapColumns() {
        return new MapImportColumnsService(imports, history, files, mappings, jobs.get(), transactions, clock);
    }

    RerunImportService rerun() {
        return new RerunImportService(imports, files, jobs.get());
    }

    GetImportService get() {
        return new GetImportService(imports, files);
    }

    ListImportsService list() {
        return new ListImportsService(history);
    }

    ExportImportProblemsService problems() {
        return new ExportImportProblemsService(history);
    }

    ListConflictsService listConflicts() {
        return new ListConflictsService(conflicts);
    }

    GetConflictService getConflict() {
        return new GetConflictService(conflicts);
    }

    ResolveConflictService resolveConflict() {
        return new ResolveConflictService(conflicts, transactions, phones, clock);
    }

    ResolveImportConflictsService resolveAll() {
        return new ResolveImportConflictsService(conflicts, transactions, clock);
    }
}
