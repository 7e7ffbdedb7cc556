package com.attackacrack.crm.adapters.out.redis;

import com.attackacrack.crm.application.port.out.Job;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The wire form of a job: stream entry fields {@code jobId} (absent on a first immediate entry), {@code type},
 * {@code attempt}, {@code enqueuedAt} (ISO-8601) and one {@code p.<name>} field per payload entry.
 */
public final class JobEntries {

    /** Field holding the job's stable id once it differs from the stream entry id (delayed jobs, retries). */
    public static final String JOB_ID = "jobId";
    /** Field holding the job type. */
    public static final String TYPE = "type";
    /** Field holding the 1-based attempt number of the next run. */
    public static final String ATTEMPT = "attempt";
    /** Field holding when the job was first enqueued. */
    public static final String ENQUEUED_AT = "enqueuedAt";
    /** Prefix of every payload field. */
    public static final String PAYLOAD_PREFIX = "p.";

    private static final ObjectMapper JSON = new ObjectMapper();

    private JobEntries() {
    }

    /** The fields of a job entry; {@code jobId} may be null for a first immediate entry. */
    public static Map<String, String> fields(String jobId, String type, int attempt, Instant enqueuedAt,
                                             Map<String, String> payload) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (jobId != null) {
            fields.put(JOB_ID, jobId);
        }
        fields.put(TYPE, type);
        fields.put(ATTEMPT, Integer.toString(attempt));
        fields.put(ENQUEUED_AT, enqueuedAt.toString());
        payload.forEach((name, value) -> fields.put(PAYLOAD_PREFIX + name, value));
        return fields;
    }

    /** The same entry with its stable id pinned and the attempt replaced. */
    public static Map<String, String> withAttempt(Map<String, String> fields, String jobId, int attempt) {
        Map<String, String> copy = new LinkedHashMap<>();
        copy.put(JOB_ID, jobId);
        fields.forEach((name, value) -> {
            if (!JOB_ID.equals(name)) {
                copy.put(name, value);
            }
        });
        copy.put(ATTEMPT, Integer.toString(attempt));
        return copy;
    }

    /** The job's stable id: its {@code jobId} field, else the stream entry id. */
    public static String jobId(String entryId, Map<String, String> fields) {
        return fields.getOrDefault(JOB_ID, entryId);
    }

    /** The attempt field, or 1 when it is missing or unreadable. */
    public static int storedAttempt(Map<String, String> fields) {
        try {
            return Math.max(1, Integer.parseInt(fields.getOrDefault(ATTEMPT, "1")));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** Builds the job a handler sees; throws IllegalArgumentException when the entry is malformed. */
    public static Job toJob(String entryId, Map<String, String> fields, int attempt) {
        String type = fields.get(TYPE);
        String enqueuedAt = fields.get(ENQUEUED_AT);
        if (type == null || enqueuedAt == null) {
            throw new IllegalArgumentException("entry " + entryId + " lacks the type or enqueuedAt field");
        }
        Map<String, String> payload = new LinkedHashMap<>();
        fields.forEach((name, value) -> {
            if (name.startsWith(PAYLOAD_PREFIX)) {
                payload.put(name.substring(PAYLOAD_PREFIX.length()), value);
            }
        });
        try {
            return new Job(jobId(entryId, fields), type, payload, attempt, Instant.parse(enqueuedAt));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("entry " + entryId + " has an unreadable enqueuedAt", e);
        }
    }

    /** The fields as one JSON object, the member form in the delayed set. */
    public static String toJson(Map<String, String> fields) {
        try {
            return JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise job fields", e);
        }
    }
}
