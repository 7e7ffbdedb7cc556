package com.attackacrack.crm.application.service.jobs;

import com.attackacrack.crm.application.port.out.Job;

/** The code that does the work of one job type; handlers must be idempotent, since a job can run more than once. */
public interface JobHandler {

    String jobType();

    void handle(Job job);
}
