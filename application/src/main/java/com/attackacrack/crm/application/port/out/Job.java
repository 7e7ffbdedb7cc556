package com.attackacrack.crm.application.port.out;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/** A job as a worker receives it: its queue id, type, payload, which attempt this is (1-based) and when it was first enqueued. */
public record Job(String id, String type, Map<String, String> payload, int attempt, Instant enqueuedAt) {

    public Job {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        payload = Map.copyOf(payload);
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt starts at 1, was " + attempt);
        }
        Objects.requireNonNull(enqueuedAt, "enqueuedAt");
    }

    /** The payload field, or an error naming the job and the missing field. */
    public String require(String field) {
        String value = payload.get(field);
        if (value == null) {
            throw new PermanentJobFailure("job " + id + " (" + type + ") has no '" + field + "' field");
        }
        return value;
    }
}
