package com.attackacrack.crm.application.service.webhook;

import com.attackacrack.crm.application.port.out.Job;
import com.attackacrack.crm.application.port.out.JobRequest;
import com.attackacrack.crm.application.port.out.PermanentJobFailure;
import java.util.Map;

/** The wire form of the {@code webhook.process} job: only the stored event's row id (the event itself is in the database). */
final class WebhookJob {

    static final String TYPE = "webhook.process";
    static final String EVENT = "event";

    private WebhookJob() {
    }

    static JobRequest request(long rowId) {
        return new JobRequest(TYPE, Map.of(EVENT, Long.toString(rowId)));
    }

    static long rowId(Job job) {
        try {
            long id = Long.parseLong(job.require(EVENT));
            if (id <= 0) {
                throw new NumberFormatException("not a positive row id: " + id);
            }
            return id;
        } catch (NumberFormatException e) {
            throw new PermanentJobFailure("malformed webhook job " + job.id() + ": " + e.getMessage(), e);
        }
    }
}
