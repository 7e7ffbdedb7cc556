package com.attackacrack.crm.application.service.importing;

import com.attackacrack.crm.application.port.in.importing.RerunImportUseCase;
import com.attackacrack.crm.application.port.out.ImportFileStore;
import com.attackacrack.crm.application.port.out.ImportRepository;
import com.attackacrack.crm.application.port.out.JobQueue;
import com.attackacrack.crm.domain.importing.ImportId;
import com.attackacrack.crm.domain.importing.ImportRecord;
import com.attackacrack.crm.domain.importing.ImportStatus;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import java.util.Objects;

/**
 * Queues the {@code import.run} job again for a failed upload whose file is stored. Only FAILED imports qualify, so
 * that a queued or running import never gets a second job running beside it.
 */
public final class RerunImportService implements RerunImportUseCase {

    private final ImportRepository imports;
    private final ImportFileStore files;
    private final JobQueue jobs;

    public RerunImportService(ImportRepository imports, ImportFileStore files, JobQueue jobs) {
        this.imports = Objects.requireNonNull(imports, "imports");
        this.files = Objects.requireNonNull(files, "files");
        this.jobs = Objects.requireNonNull(jobs, "jobs");
    }

    @Override
    public void rerun(ImportId id) {
        ImportRecord record = imports.find(id).orElseThrow(() -> BusinessRuleException.notFound("No import " + id));
        if (!canRerun(record, files.has(id))) {
            throw BusinessRuleException.invalid(record.status() == ImportStatus.FAILED
                    ? "The file of import " + id + " is no longer stored: upload it again"
                    : "Import " + id + " is " + record.status().code() + ": only a failed import can run again");
        }
        jobs.enqueue(ImportJob.request(id));
    }

    /** Whether an import may be queued again. */
    static boolean canRerun(ImportRecord record, boolean fileStored) {
        return fileStored && record.status() == ImportStatus.FAILED;
    }
}
