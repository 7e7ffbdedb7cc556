package com.attackacrack.crm.application.service.maintenance;

import com.attackacrack.crm.application.port.in.maintenance.PurgeExpiredRecordsUseCase;
import com.attackacrack.crm.application.port.out.Job;
import com.attackacrack.crm.application.service.jobs.JobHandler;
import java.util.Objects;

/** Handles {@code maintenance.purge} jobs (queued daily by the scheduler) by running the purge; repeating it is harmless. */
public final class PurgeExpiredRecordsHandler implements JobHandler {

    /** The job type the scheduler queues once a day. */
    public static final String TYPE = "maintenance.purge";

    private final PurgeExpiredRecordsUseCase purge;

    public PurgeExpiredRecordsHandler(PurgeExpiredRecordsUseCase purge) {
        this.purge = Objects.requireNonNull(purge, "purge");
    }

    @Override
    public String jobType() {
        return TYPE;
    }

    @Override
    public void handle(Job job) {
        purge.purge();
    }
}
