package com.attackacrack.crm.application.port.out;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** The durable background job queue shared by every process: enqueue now or at a later time, and report its depth. */
public interface JobQueue {

    /** Enqueues the job for the next free worker; returns the queue's id for it. */
    String enqueue(JobRequest request);

    /** Enqueues the job to become ready at {@code runAt} (or at once if that is past); returns its id. */
    String enqueueAt(JobRequest request, Instant runAt);

    /** How much work waits: ready, being processed, delayed (retries and scheduled jobs) and dead letters. */
    QueueDepth depth();

    /**
     * The depth of each job type, examining at most {@code limit} entries of each state (ready, in flight, delayed,
     * dead letters); a state with more entries than that is named in {@link DepthByType#capped()}.
     */
    DepthByType depthByType(int limit);

    /** Counts of jobs by state. */
    record QueueDepth(long ready, long inFlight, long delayed, long deadLetters) {

        /** Nothing in any state. */
        public static final QueueDepth EMPTY = new QueueDepth(0, 0, 0, 0);

        /** The sum of both. */
        public QueueDepth plus(QueueDepth other) {
            return new QueueDepth(ready + other.ready, inFlight + other.inFlight, delayed + other.delayed,
                    deadLetters + other.deadLetters);
        }
    }

    /** The states a job can be in, as the per-type count names them. */
    enum JobState {
        READY,
        IN_FLIGHT,
        DELAYED,
        DEAD_LETTERS
    }

    /**
     * Counts per job type (entries without a readable type count as {@link #UNKNOWN_TYPE}); a capped state's counts
     * are lower bounds.
     *
     * @param byType the depth of each job type found
     * @param capped the states where more entries existed than were examined
     */
    record DepthByType(Map<String, QueueDepth> byType, Set<JobState> capped) {

        /** The type given to entries that name none. */
        public static final String UNKNOWN_TYPE = "(unknown)";

        public DepthByType {
            byType = Map.copyOf(Objects.requireNonNull(byType, "byType"));
            capped = Set.copyOf(Objects.requireNonNull(capped, "capped"));
        }
    }
}
