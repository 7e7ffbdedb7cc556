package com.attackacrack.crm.bootstrap;

import com.attackacrack.crm.adapters.in.redis.JobWorkerSettings;
import com.attackacrack.crm.adapters.in.redis.RedisStreamJobWorker;
import com.attackacrack.crm.domain.system.ProcessInfo;
import com.attackacrack.crm.domain.system.ProcessRole;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A running job worker: the Redis Streams consumer loop plus a heartbeat it sends through the queue every 10 s. */
final class WorkerRuntime implements AutoCloseable {

    static final Duration HEARTBEAT_INTERVAL = Duration.ofSeconds(10);
    static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private static final Logger LOG = LoggerFactory.getLogger(WorkerRuntime.class);

    private final RedisStreamJobWorker worker;
    private final HeartbeatTimer heartbeatTimer;

    private WorkerRuntime(RedisStreamJobWorker worker, HeartbeatTimer heartbeatTimer) {
        this.worker = worker;
        this.heartbeatTimer = heartbeatTimer;
    }

    static WorkerRuntime start(Wiring wiring) {
        ProcessInfo identity = ProcessIdentity.of(ProcessRole.WORKER, wiring.build().version(), wiring.clock());
        RedisStreamJobWorker worker = new RedisStreamJobWorker(wiring.infrastructure().redis(),
                wiring.config().redisKeyPrefix(), wiring.handleJob(), JobWorkerSettings.defaults(identity.processId()),
                wiring.clock());
        worker.start();
        requeueWaitingWebhooks(wiring);
        HeartbeatTimer timer = HeartbeatTimer.start(wiring.publishHeartbeat(identity), HEARTBEAT_INTERVAL, "worker");
        LOG.info("Worker {} consuming jobs; heartbeat every {}s", identity.processId(), HEARTBEAT_INTERVAL.toSeconds());
        return new WorkerRuntime(worker, timer);
    }

    /** Events stored while the queue was unreachable wait in the database; a starting worker hands them out again. */
    private static void requeueWaitingWebhooks(Wiring wiring) {
        try {
            int queued = wiring.openPhone().requeueWaiting().requeueWaiting(Duration.ofMinutes(1));
            if (queued > 0) {
                LOG.info("Queued {} webhook event(s) that were waiting for a worker", queued);
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not queue waiting webhook events: {}", e.toString());
        }
    }

    @Override
    public void close() {
        heartbeatTimer.close();
        if (!worker.stop(STOP_GRACE)) {
            LOG.warn("Worker did not finish its current job within {}s; the queue will hand it to another worker",
                    STOP_GRACE.toSeconds());
        }
    }
}
