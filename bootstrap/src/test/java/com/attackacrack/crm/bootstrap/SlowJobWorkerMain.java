package com.attackacrack.crm.bootstrap;

import com.attackacrack.crm.adapters.in.redis.JobWorkerSettings;
import com.attackacrack.crm.adapters.in.redis.RedisStreamJobWorker;
import com.attackacrack.crm.adapters.out.redis.RedisConnections;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/** A worker process whose only job hangs, so that a test can SIGKILL it in the middle of the job. */
public final class SlowJobWorkerMain {

    private SlowJobWorkerMain() {
    }

    /** Arguments: Redis URL, key prefix, consumer name. */
    public static void main(String[] args) throws InterruptedException {
        RedisConnections redis = new RedisConnections(args[0]);
        JobWorkerSettings defaults = JobWorkerSettings.defaults(args[2]);
        JobWorkerSettings settings = new JobWorkerSettings(args[2], Duration.ofMillis(200), Duration.ofSeconds(1),
                defaults.maxAttempts(), Duration.ofMillis(50), Duration.ofSeconds(1), 1);
        new RedisStreamJobWorker(redis, args[1], job -> {
            System.out.println("started job " + job.id() + " attempt " + job.attempt());
            System.out.flush();
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, settings, Clock.systemUTC()).start();
        new CountDownLatch(1).await();
    }
}
