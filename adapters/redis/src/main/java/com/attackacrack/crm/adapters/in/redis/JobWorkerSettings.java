package com.attackacrack.crm.adapters.in.redis;

import java.time.Duration;
import java.util.Objects;

/**
 * How one job worker consumes: its consumer name (unique per worker process), how long a read blocks, how long an
 * entry may stay unsettled before another worker reclaims it, attempts before dead-lettering, retry backoff and
 * batch size. The visibility timeout must exceed the longest job, or a slow job runs twice.
 */
public record JobWorkerSettings(String consumerName, Duration blockTimeout, Duration visibilityTimeout, int maxAttempts,
                                Duration backoffBase, Duration backoffCap, int batchSize) {

    public JobWorkerSettings {
        if (consumerName == null || consumerName.isBlank()) {
            throw new IllegalArgumentException("consumerName must not be blank");
        }
        requirePositive(blockTimeout, "blockTimeout");
        requirePositive(visibilityTimeout, "visibilityTimeout");
        requirePositive(backoffBase, "backoffBase");
        requirePositive(backoffCap, "backoffCap");
        if (maxAttempts < 1 || batchSize < 1) {
            throw new IllegalArgumentException("maxAttempts and batchSize must be at least 1");
        }
    }

    /**
     * Production defaults: 5 s block, 5 min visibility, 5 attempts, backoff from 2 s doubling up to 10 min, one job
     * per read (a worker that dies holds no unstarted jobs for the visibility timeout).
     */
    public static JobWorkerSettings defaults(String consumerName) {
        return new JobWorkerSettings(consumerName, Duration.ofSeconds(5), Duration.ofMinutes(5), 5,
                Duration.ofSeconds(2), Duration.ofMinutes(10), 1);
    }

    /**
     * The wait before the retry that follows failed attempt {@code failedAttempt}: base doubled per earlier attempt,
     * capped, then jittered into its upper half by {@code random}, a number in [0, 1).
     */
    public Duration backoff(int failedAttempt, double random) {
        long base = Math.max(1, backoffBase.toMillis());
        long cap = Math.max(base, backoffCap.toMillis());
        int doublings = Math.min(Math.max(0, failedAttempt - 1), 62);
        long delay = base > (cap >> doublings) ? cap : base << doublings;
        long half = delay / 2;
        return Duration.ofMillis(half + (long) (random * (delay - half)));
    }

    private static void requirePositive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
    }
}
