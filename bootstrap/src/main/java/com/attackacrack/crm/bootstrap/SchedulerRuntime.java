package com.attackacrack.crm.bootstrap;

import com.attackacrack.crm.application.port.in.campaign.RunSchedulerTickUseCase;
import com.attackacrack.crm.application.port.in.campaign.RunSchedulerTickUseCase.TickReport;
import com.attackacrack.crm.application.port.in.maintenance.ScheduleMaintenanceUseCase;
import com.attackacrack.crm.application.port.in.system.PublishHeartbeatUseCase;
import com.attackacrack.crm.application.port.out.LeaderLock;
import com.attackacrack.crm.domain.system.ProcessInfo;
import com.attackacrack.crm.domain.system.ProcessRole;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running scheduler: one platform thread that tries the leader lock every few seconds and runs a campaign tick each
 * time it holds it, plus a heartbeat sent through the queue; stopping it releases the lock for another scheduler.
 * After each campaign tick the leader also asks {@link ScheduleMaintenanceUseCase} to queue the daily maintenance
 * jobs that are due (the once-a-day decision lives in Redis, not here, so restarts and failovers do not repeat it).
 */
final class SchedulerRuntime implements AutoCloseable {

    static final Duration TICK_INTERVAL = Duration.ofSeconds(5);
    static final Duration HEARTBEAT_INTERVAL = Duration.ofSeconds(10);
    static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private static final Logger LOG = LoggerFactory.getLogger(SchedulerRuntime.class);

    private final String processId;
    private final LeaderLock lock;
    private final Supplier<RunSchedulerTickUseCase> tickSource;
    private final Supplier<ScheduleMaintenanceUseCase> maintenanceSource;
    private final PublishHeartbeatUseCase heartbeat;
    private final Duration tickInterval;
    private final Duration heartbeatInterval;
    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private volatile Boolean leading;
    private boolean lockUnreachable;
    private RunSchedulerTickUseCase tick;
    private ScheduleMaintenanceUseCase maintenance;
    private HeartbeatTimer heartbeatTimer;
    private Thread thread;

    /** The tick is asked of {@code tickSource} only when this scheduler first leads. */
    SchedulerRuntime(String processId, LeaderLock lock, Supplier<RunSchedulerTickUseCase> tickSource,
                     PublishHeartbeatUseCase heartbeat, Duration tickInterval, Duration heartbeatInterval) {
        this(processId, lock, tickSource, () -> () -> false, heartbeat, tickInterval, heartbeatInterval);
    }

    /** As above, with the daily maintenance asked of {@code maintenanceSource} when this scheduler first leads. */
    SchedulerRuntime(String processId, LeaderLock lock, Supplier<RunSchedulerTickUseCase> tickSource,
                     Supplier<ScheduleMaintenanceUseCase> maintenanceSource, PublishHeartbeatUseCase heartbeat,
                     Duration tickInterval, Duration heartbeatInterval) {
        this.processId = processId;
        this.lock = lock;
        this.tickSource = tickSource;
        this.maintenanceSource = maintenanceSource;
        this.heartbeat = heartbeat;
        this.tickInterval = tickInterval;
        this.heartbeatInterval = heartbeatInterval;
    }

    static SchedulerRuntime start(Wiring wiring) {
        ProcessInfo identity = ProcessIdentity.of(ProcessRole.SCHEDULER, wiring.build().version(), wiring.clock());
        SchedulerRuntime runtime = new SchedulerRuntime(identity.processId(), wiring.schedulerLock(), wiring::schedulerTick,
                wiring::scheduleMaintenance, wiring.publishHeartbeat(identity), TICK_INTERVAL, HEARTBEAT_INTERVAL).start();
        LOG.info("Scheduler {} started: ticks campaigns every {}s while it holds the lock; heartbeat every {}s",
                identity.processId(), TICK_INTERVAL.toSeconds(), HEARTBEAT_INTERVAL.toSeconds());
        return runtime;
    }

    SchedulerRuntime start() {
        heartbeatTimer = HeartbeatTimer.start(heartbeat, heartbeatInterval, "scheduler");
        thread = Thread.ofPlatform().name("crm-scheduler").daemon(true).start(this::loop);
        return this;
    }

    /** True once this scheduler has taken the lock and not lost it since (as of its last attempt). */
    boolean leading() {
        return Boolean.TRUE.equals(leading);
    }

    private void loop() {
        do {
            if (holdsLock()) {
                runTick();
                runMaintenance();
            }
        } while (!stopRequestedWithin(tickInterval));
    }

    private boolean holdsLock() {
        boolean leads;
        try {
            leads = lock.tryAcquire();
            lockUnreachable = false;
        } catch (RuntimeException e) {
            if (!lockUnreachable) {
                LOG.warn("Scheduler {} cannot reach its lock and stands by until it can: {}", processId, e.toString());
            }
            lockUnreachable = true;
            leads = false;
        }
        if (leading == null || leading != leads) {
            if (leads) {
                LOG.info("Scheduler {} is leading: it holds the lock and ticks campaigns every {}", processId,
                        readable(tickInterval));
            } else {
                LOG.info("Scheduler {} is standing by: another scheduler holds the lock", processId);
            }
            leading = leads;
        }
        return leads;
    }

    private void runTick() {
        try {
            if (tick == null) {
                tick = tickSource.get();
            }
            TickReport report = tick.tick();
            if (report.campaignsStarted() + report.sendsQueued() + report.leasesExpired() + report.campaignsCompleted() > 0) {
                LOG.info("Scheduler tick: {} campaign(s) started, {} send(s) queued, {} lease(s) expired, {} campaign(s) completed",
                        report.campaignsStarted(), report.sendsQueued(), report.leasesExpired(), report.campaignsCompleted());
            } else {
                LOG.debug("Scheduler tick: nothing to do");
            }
        } catch (RuntimeException e) {
            LOG.warn("Scheduler tick failed; the next one runs in {}", readable(tickInterval), e);
        }
    }

    private void runMaintenance() {
        try {
            if (maintenance == null) {
                maintenance = maintenanceSource.get();
            }
            maintenance.scheduleDue();
        } catch (RuntimeException e) {
            LOG.warn("Scheduling the daily maintenance failed; the next tick tries again", e);
        }
    }

    private static String readable(Duration interval) {
        return interval.toMillis() % 1000 == 0 ? interval.toSeconds() + " s" : interval.toMillis() + " ms";
    }

    private boolean stopRequestedWithin(Duration wait) {
        try {
            return stopRequested.await(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    /** Lets a running tick finish (up to {@link #STOP_GRACE}), then releases the lock. */
    @Override
    public void close() {
        stopRequested.countDown();
        if (heartbeatTimer != null) {
            heartbeatTimer.close();
        }
        if (thread != null) {
            try {
                if (!thread.join(STOP_GRACE)) {
                    LOG.warn("Scheduler tick still running after {}s; releasing the lock anyway", STOP_GRACE.toSeconds());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        lock.close();
        if (leading()) {
            LOG.info("Scheduler {} released the lock", processId);
        }
        leading = false;
    }
}
