package com.attackacrack.crm.adapters.out.redis;

import java.util.Objects;

/** The Redis key names of the job queue under one key prefix: the ready stream, the delayed set and the dead letters. */
public record JobStreamKeys(String prefix) {

    /** The consumer group every worker joins. */
    public static final String GROUP = "workers";

    public JobStreamKeys {
        Objects.requireNonNull(prefix, "prefix");
    }

    /** The stream of jobs ready to run. */
    public String stream() {
        return prefix + "jobs";
    }

    /** The sorted set of jobs waiting for their time, scored by epoch millis. */
    public String delayed() {
        return prefix + "jobs:delayed";
    }

    /** The stream of jobs that failed for good. */
    public String dead() {
        return prefix + "jobs:dead";
    }
}
