package com.attackacrack.crm.application.service.importing;

import com.attackacrack.crm.application.port.out.Job;
import com.attackacrack.crm.application.port.out.JobRequest;
import com.attackacrack.crm.application.port.out.PermanentJobFailure;
import com.attackacrack.crm.domain.importing.ImportId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The wire form of the {@code import.run} job: which import to run and the saved mapping to read it with, if any. */
final class ImportJob {

    static final String TYPE = "import.run";

    private ImportJob() {
    }

    static JobRequest request(ImportId id, String mappingName) {
        Map<String, String> payload = new HashMap<>();
        payload.put("import", Long.toString(id.value()));
        if (mappingName != null) {
            payload.put("mapping", mappingName);
        }
        return new JobRequest(TYPE, payload);
    }

    static ImportId importId(Job job) {
        try {
            return new ImportId(Long.parseLong(job.require("import")));
        } catch (IllegalArgumentException e) {
            throw new PermanentJobFailure("malformed import job " + job.id() + ": " + e.getMessage(), e);
        }
    }

    static Optional<String> mappingName(Job job) {
        return Optional.ofNullable(job.payload().get("mapping"));
    }
}
