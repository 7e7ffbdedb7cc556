package com.attackacrack.crm.application.service.maintenance;

import com.attackacrack.crm.application.port.in.maintenance.ScheduleMaintenanceUseCase;
import com.attackacrack.crm.application.port.out.JobQueue;
import com.attackacrack.crm.application.port.out.JobRequest;
import com.attackacrack.crm.application.port.out.RecurringTaskClaims;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Queues {@code maintenance.purge} at most once per {@link #PURGE_PERIOD}. The leading scheduler calls this on every
 * tick; the once-a-day decision is not kept in the scheduler's memory but in a {@link RecurringTaskClaims} claim that
 * expires after the period (a Redis key with a time to live), so a restarted scheduler, or a new leader after a
 * failover, finds the claim and does not queue the purge again. The claim is taken before the job is queued (two
 * schedulers racing through a leadership change cannot both win it) and given back when queuing fails, so the next
 * tick retries. Should the claim store lose its data, the purge merely runs once more: it is idempotent.
 */
public final class ScheduleMaintenanceService implements ScheduleMaintenanceUseCase {

    /** How often the purge runs. */
    public static final Duration PURGE_PERIOD = Duration.ofHours(24);

    private static final Logger LOG = LoggerFactory.getLogger(ScheduleMaintenanceService.class);

    private final RecurringTaskClaims claims;
    private final JobQueue jobs;

    public ScheduleMaintenanceService(RecurringTaskClaims claims, JobQueue jobs) {
        this.claims = Objects.requireNonNull(claims, "claims");
        this.jobs = Objects.requireNonNull(jobs, "jobs");
    }

    @Override
    public boolean scheduleDue() {
        if (!claims.claim(PurgeExpiredRecordsHandler.TYPE, PURGE_PERIOD)) {
            return false;
        }
        try {
            jobs.enqueue(new JobRequest(PurgeExpiredRecordsHandler.TYPE, Map.of()));
        } catch (RuntimeException e) {
            claims.release(PurgeExpiredRecordsHandler.TYPE);
            throw e;
        }
        LOG.info("Queued the daily {} job", PurgeExpiredRecordsHandler.TYPE);
        return true;
    }
}
