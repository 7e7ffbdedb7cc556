package com.attackacrack.crm.adapters.in.redis;

import com.attackacrack.crm.adapters.out.redis.JobStreamConsumer;
import com.attackacrack.crm.adapters.out.redis.RedisConnections;
import com.attackacrack.crm.application.port.in.jobs.HandleJobUseCase;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Consumes the job stream on its own thread and connection: each round promotes due delayed jobs, reclaims entries
 * idle past the visibility timeout, reads new entries and runs them one by one (at-least-once delivery).
 */
public final class RedisStreamJobWorker {

    private static final Logger LOG = LoggerFactory.getLogger(RedisStreamJobWorker.class);
    private static final int PROMOTE_LIMIT = 100;
    private static final long FIRST_PAUSE_MILLIS = 100;
    private static final long MAX_PAUSE_MILLIS = 5_000;

    private final RedisConnections redis;
    private final String keyPrefix;
    private final HandleJobUseCase handler;
    private final JobWorkerSettings settings;
    private final Clock clock;
    private final CountDownLatch stopSignal = new CountDownLatch(1);
    private volatile boolean running;
    private volatile boolean abandoned;
    private Session session;

    public RedisStreamJobWorker(RedisConnections redis, String keyPrefix, HandleJobUseCase handler,
                                JobWorkerSettings settings, Clock clock) {
        this.redis = redis;
        this.keyPrefix = keyPrefix;
        this.handler = handler;
        this.settings = settings;
        this.clock = clock;
    }

    /** Opens the worker's own connection and starts the loop on a virtual thread; a worker starts once. */
    public synchronized void start() {
        if (session != null) {
            throw new IllegalStateException("job worker " + settings.consumerName() + " was already started");
        }
        StatefulRedisConnection<String, String> connection = redis.openDedicated();
        connection.setTimeout(settings.blockTimeout().plus(RedisConnections.COMMAND_TIMEOUT));
        JobStreamConsumer consumer = new JobStreamConsumer(connection, keyPrefix, settings.consumerName(), clock);
        JobExecution execution = new JobExecution(consumer, handler, settings, clock, () -> abandoned);
        Thread thread = Thread.ofVirtual().name("job-worker-" + settings.consumerName())
                .uncaughtExceptionHandler((t, e) -> LOG.error("job worker {} died", settings.consumerName(), e))
                .unstarted(() -> loop(consumer, execution));
        session = new Session(thread, connection, consumer, consumer.clientId());
        running = true;
        thread.start();
        LOG.info("job worker {} consuming {}jobs on {}", settings.consumerName(), keyPrefix, redis.describe());
    }

    /** Stops taking jobs, waits up to {@code grace} for the current one to settle, else abandons it; true when in time. */
    public boolean stop(Duration grace) {
        Session current;
        synchronized (this) {
            if (session == null || !running) {
                return true;
            }
            running = false;
            current = session;
        }
        Thread worker = current.thread();
        stopSignal.countDown();
        current.clientId().ifPresent(id -> quietly("wake from its blocking read", () -> redis.unblock(id)));
        boolean finished = join(worker, grace);
        if (finished) {
            quietly("leave the consumer group", current.consumer()::leaveGroupIfIdle);
        } else {
            abandoned = true;
            LOG.warn("job worker {} did not finish within {} ms; its job is left for another worker", settings.consumerName(),
                    grace.toMillis());
            worker.interrupt();
            join(worker, Duration.ofSeconds(1));
        }
        current.connection().close();
        return finished;
    }

    private void loop(JobStreamConsumer consumer, JobExecution execution) {
        int failures = 0;
        boolean groupReady = false;
        while (running && !Thread.currentThread().isInterrupted()) {
            try {
                if (!groupReady) {
                    consumer.ensureGroup();
                    groupReady = true;
                }
                consumer.promoteDueJobs(PROMOTE_LIMIT);
                execution.runBatch(consumer.reclaimIdle(settings.visibilityTimeout(), settings.batchSize()), () -> running);
                if (running) {
                    execution.runBatch(consumer.readNew(settings.blockTimeout(), settings.batchSize()), () -> running);
                }
                failures = 0;
            } catch (RuntimeException e) {
                if (!running) {
                    break;
                }
                failures++;
                groupReady = groupReady && !String.valueOf(e.getMessage()).contains("NOGROUP");
                long pause = Math.min(MAX_PAUSE_MILLIS, FIRST_PAUSE_MILLIS << Math.min(failures - 1, 10));
                LOG.warn("job worker {}: Redis call failed ({}); retrying in {} ms", settings.consumerName(), e, pause);
                pause(pause);
            }
        }
        LOG.info("job worker {} stopped", settings.consumerName());
    }

    private void quietly(String what, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            LOG.debug("job worker {} could not {}", settings.consumerName(), what, e);
        }
    }

    private void pause(long millis) {
        try {
            stopSignal.await(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private record Session(Thread thread, StatefulRedisConnection<String, String> connection, JobStreamConsumer consumer,
                           Optional<Long> clientId) {
    }

    private static boolean join(Thread worker, Duration timeout) {
        try {
            return worker.join(timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
