package com.attackacrack.crm.application.port.in.jobs;

import com.attackacrack.crm.application.port.out.Job;

/** Processes one job taken from the queue; returning normally means done, throwing means retry (or dead-letter). */
public interface HandleJobUseCase {

    /**
     * Runs the job's handler. Throws {@link com.attackacrack.crm.application.port.out.PermanentJobFailure} when
     * retrying cannot help, any other exception when a later attempt may succeed.
     */
    void handle(Job job);
}
