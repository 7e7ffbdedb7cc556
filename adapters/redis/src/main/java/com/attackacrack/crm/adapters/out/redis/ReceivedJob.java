package com.attackacrack.crm.adapters.out.redis;

import com.attackacrack.crm.application.port.out.Job;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A job entry as one consumer received it: its stream entry id, its raw fields and which attempt this run is. */
public record ReceivedJob(String entryId, Map<String, String> fields, int attempt) {

    public ReceivedJob {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** The job's stable id, the one enqueue returned. */
    public String jobId() {
        return JobEntries.jobId(entryId, fields);
    }

    /** The job type, or {@code ?} for a malformed entry; safe to log. */
    public String type() {
        return fields.getOrDefault(JobEntries.TYPE, "?");
    }

    /** The job a handler sees; throws IllegalArgumentException when the entry is malformed. */
    public Job toJob() {
        return JobEntries.toJob(entryId, fields, attempt);
    }
}
