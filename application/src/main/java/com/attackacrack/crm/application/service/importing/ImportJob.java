package com.attackacrack.crm.application.service.importing;

import com.attackacrack.crm.application.port.out.Job;
import com.attackacrack.crm.application.port.out.JobRequest;
import com.attackacrack.crm.application.port.out.PermanentJobFailure;
import com.attackacrack.crm.domain.importing.ImportId;
import java.util.Map;

/**
 * The wire form of the {@code import.run} job: only which import to run (its column mapping, if any, is stored on the
 * import).
 */
final class ImportJob {

    static final String TYPE = "import.run";

    private ImportJob() {
    }

    static JobRequest request(ImportId id) {
        return new JobRequest(TYPE, Map.of("import", Long.toString(id.value())));
    }

    static ImportId importId(Job job) {
        try {
            return new ImportId(Long.parseLong(job.require("import")));
        } catch (IllegalArgumentException e) {
            throw new PermanentJobFailure("malformed import job " + job.id() + ": " + e.getMessage(), e);
        }
    }
}
