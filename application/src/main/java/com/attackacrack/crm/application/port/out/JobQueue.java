package com.attackacrack.crm.application.port.out;

import java.time.Instant;

/** The durable background job queue shared by every process: enqueue now or at a later time, and report its depth. */
public interface JobQueue {

    /** Enqueues the job for the next free worker; returns the queue's id for it. */
    String enqueue(JobRequest request);

    /** Enqueues the job to become ready at {@code runAt} (or at once if that is past); returns its id. */
    String enqueueAt(JobRequest request, Instant runAt);

    /** How much work waits: ready, being processed, delayed (retries and scheduled jobs) and dead letters. */
    QueueDepth depth();

    /** Counts of jobs by state. */
    record QueueDepth(long ready, long inFlight, long delayed, long deadLetters) {
    }
}
