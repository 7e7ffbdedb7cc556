package com.attackacrack.crm.application.service.system;

import com.attackacrack.crm.application.port.out.Job;
import com.attackacrack.crm.application.port.out.JobRequest;
import com.attackacrack.crm.application.port.out.PermanentJobFailure;
import com.attackacrack.crm.domain.system.ProcessInfo;
import com.attackacrack.crm.domain.system.ProcessRole;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;

/** The wire form of the {@code system.heartbeat} job: a process's identity and when it sent the beat. */
final class HeartbeatJob {

    static final String TYPE = "system.heartbeat";

    private HeartbeatJob() {
    }

    static JobRequest request(ProcessInfo process, Instant sentAt) {
        return new JobRequest(TYPE, Map.of(
                "processId", process.processId(),
                "role", process.role().code(),
                "host", process.host(),
                "version", process.version(),
                "startedAt", process.startedAt().toString(),
                "sentAt", sentAt.toString()));
    }

    static ProcessInfo process(Job job) {
        try {
            return new ProcessInfo(job.require("processId"), ProcessRole.fromCode(job.require("role")),
                    job.require("host"), job.require("version"), Instant.parse(job.require("startedAt")));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new PermanentJobFailure("malformed heartbeat job " + job.id() + ": " + e.getMessage(), e);
        }
    }

    static Instant sentAt(Job job) {
        try {
            return Instant.parse(job.require("sentAt"));
        } catch (DateTimeParseException e) {
            throw new PermanentJobFailure("malformed heartbeat job " + job.id() + ": " + e.getMessage(), e);
        }
    }
}
