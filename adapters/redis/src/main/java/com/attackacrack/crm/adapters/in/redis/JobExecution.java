package com.attackacrack.crm.adapters.in.redis;

import com.attackacrack.crm.adapters.out.redis.JobStreamConsumer;
import com.attackacrack.crm.adapters.out.redis.ReceivedJob;
import com.attackacrack.crm.application.port.in.jobs.HandleJobUseCase;
import com.attackacrack.crm.application.port.out.Job;
import com.attackacrack.crm.application.port.out.PermanentJobFailure;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs one received job through the handler and settles its entry: done, retried later, or dead-lettered. */
final class JobExecution {

    private static final Logger LOG = LoggerFactory.getLogger(RedisStreamJobWorker.class);

    private final JobStreamConsumer consumer;
    private final HandleJobUseCase handler;
    private final JobWorkerSettings settings;
    private final Clock clock;
    private final BooleanSupplier abandoned;
    private final SecureRandom jitter = new SecureRandom();

    JobExecution(JobStreamConsumer consumer, HandleJobUseCase handler, JobWorkerSettings settings, Clock clock,
                 BooleanSupplier abandoned) {
        this.consumer = consumer;
        this.handler = handler;
        this.settings = settings;
        this.clock = clock;
        this.abandoned = abandoned;
    }

    /**
     * Runs the batch in order while {@code running} holds; once it does not, or the batch is older than half the
     * visibility timeout (others would soon reclaim it), hands the unstarted rest back to the queue.
     */
    void runBatch(List<ReceivedJob> batch, BooleanSupplier running) {
        long fetchedAt = System.nanoTime();
        long staleAfter = settings.visibilityTimeout().toNanos() / 2;
        for (int i = 0; i < batch.size() && !abandoned.getAsBoolean(); i++) {
            if (!running.getAsBoolean() || System.nanoTime() - fetchedAt > staleAfter) {
                batch.subList(i, batch.size()).forEach(this::release);
                return;
            }
            run(batch.get(i));
        }
    }

    private void run(ReceivedJob received) {
        Job job;
        try {
            job = received.toJob();
        } catch (IllegalArgumentException e) {
            deadLetter(received, "malformed job entry: " + e.getMessage(), 0);
            return;
        }
        if (job.attempt() > settings.maxAttempts()) {
            int started = job.attempt() - 1;
            deadLetter(received, "no consumer settled the job within the visibility timeout in " + started + " attempts", started);
            return;
        }
        LOG.debug("job {} ({}) attempt {} starting", job.id(), job.type(), job.attempt());
        try {
            handler.handle(job);
        } catch (PermanentJobFailure e) {
            if (!abandoned.getAsBoolean()) {
                LOG.debug("job {} failed permanently", job.id(), e);
                deadLetter(received, errorText(e), job.attempt());
            }
            return;
        } catch (RuntimeException e) {
            if (!abandoned.getAsBoolean()) {
                failed(received, job, e);
            }
            return;
        }
        if (!abandoned.getAsBoolean()) {
            settled(consumer.complete(received), received, "completed");
            LOG.debug("job {} ({}) attempt {} done", job.id(), job.type(), job.attempt());
        }
    }

    private void release(ReceivedJob received) {
        settled(consumer.requeue(received, received.attempt(), clock.instant()), received, "released");
    }

    private void failed(ReceivedJob received, Job job, RuntimeException error) {
        LOG.debug("job {} attempt {} failed", job.id(), job.attempt(), error);
        if (job.attempt() >= settings.maxAttempts()) {
            deadLetter(received, errorText(error), job.attempt());
            return;
        }
        Duration delay = settings.backoff(job.attempt(), jitter.nextDouble());
        LOG.warn("job {} ({}) attempt {} failed with {}; retrying in {} ms", job.id(), job.type(), job.attempt(),
                error.getClass().getName(), delay.toMillis());
        settled(consumer.requeue(received, job.attempt() + 1, clock.instant().plus(delay)), received, "requeued");
    }

    private void deadLetter(ReceivedJob received, String error, int attempts) {
        if (settled(consumer.deadLetter(received, error, attempts), received, "dead-lettered")) {
            LOG.error("job {} ({}) dead-lettered after {} attempts", received.jobId(), received.type(), attempts);
        }
    }

    private boolean settled(boolean applied, ReceivedJob received, String outcome) {
        if (!applied) {
            LOG.warn("job {} ({}) could not be {}: entry {} is no longer pending for this worker (reclaimed by another?)",
                    received.jobId(), received.type(), outcome, received.entryId());
        }
        return applied;
    }

    private static String errorText(RuntimeException error) {
        return error.getClass().getName() + ": " + error.getMessage();
    }
}
