package com.attackacrack.crm.adapters.out.redis;

import com.attackacrack.crm.application.port.out.RateLimiter;
import io.lettuce.core.ScriptOutputType;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The rate every process shares, kept in Redis as a sliding window per bucket: a sorted set of the grants of the last
 * second (plus a small safety margin), scored by Redis server time so every process uses one clock. One Lua script
 * per acquisition grants when fewer than {@code perSecond} grants lie in the window, else answers the milliseconds
 * until the oldest one leaves it; the caller sleeps that long (plus a little jitter) and tries again until its wait
 * is spent. Unlike a token bucket of {@code perSecond} (which lets up to twice that through within one second after
 * an idle spell), this never exceeds {@code perSecond} in any one-second span, so a provider counting requests in a
 * sliding second sees no 429s. Keys are {@code <prefix>rate:<bucket>} and expire once their window has passed.
 */
public final class RedisSlidingWindowRateLimiter implements RateLimiter {

    /** What is added to the one-second window by default, for the spread in time between a grant and its request's arrival. */
    public static final Duration DEFAULT_MARGIN = Duration.ofMillis(50);

    /**
     * KEYS[1] the window; ARGV[1] the limit, ARGV[2] the window in microseconds, ARGV[3] a unique member, ARGV[4] the
     * key expiry in ms. Answers 0 when granted, else the milliseconds (at least 1) until a grant leaves the window.
     * Scores are written with string.format because Lua's own number formatting keeps only 14 digits.
     */
    private static final String ACQUIRE = """
            local limit = tonumber(ARGV[1])
            local window = tonumber(ARGV[2])
            local time = redis.call('TIME')
            local now = tonumber(time[1]) * 1000000 + tonumber(time[2])
            redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', string.format('%.0f', now - window))
            local count = redis.call('ZCARD', KEYS[1])
            if count < limit then
              redis.call('ZADD', KEYS[1], string.format('%.0f', now), ARGV[3])
              redis.call('PEXPIRE', KEYS[1], ARGV[4])
              return 0
            end
            local leaving = redis.call('ZRANGE', KEYS[1], count - limit, count - limit, 'WITHSCORES')
            return math.max(1, math.ceil((tonumber(leaving[2]) + window - now) / 1000))
            """;

    private final RedisConnections redis;
    private final String keyPrefix;
    private final long windowMicros;
    private final String expiryMillis;
    private final SecureRandom jitter = new SecureRandom();

    /** A limiter on {@code redis} whose keys start with {@code keyPrefix}, with the {@link #DEFAULT_MARGIN}. */
    public RedisSlidingWindowRateLimiter(RedisConnections redis, String keyPrefix) {
        this(redis, keyPrefix, DEFAULT_MARGIN);
    }

    /** A limiter whose window is one second plus {@code margin} (0 to 500 ms). */
    public RedisSlidingWindowRateLimiter(RedisConnections redis, String keyPrefix, Duration margin) {
        this.redis = Objects.requireNonNull(redis, "redis");
        this.keyPrefix = Objects.requireNonNull(keyPrefix, "keyPrefix");
        Objects.requireNonNull(margin, "margin");
        if (margin.isNegative() || margin.compareTo(Duration.ofMillis(500)) > 0) {
            throw new IllegalArgumentException("the rate window margin must be 0 to 500 ms, not " + margin);
        }
        Duration window = Duration.ofSeconds(1).plus(margin);
        this.windowMicros = TimeUnit.NANOSECONDS.toMicros(window.toNanos());
        this.expiryMillis = Long.toString(window.toMillis() + 1_000);
    }

    @Override
    public boolean acquire(String bucket, int perSecond, Duration maxWait) {
        if (bucket == null || bucket.isBlank() || bucket.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("a rate bucket needs a name without spaces");
        }
        if (perSecond < 1) {
            throw new IllegalArgumentException("a rate is at least 1 a second, not " + perSecond);
        }
        Objects.requireNonNull(maxWait, "maxWait");
        if (maxWait.isNegative()) {
            throw new IllegalArgumentException("maxWait cannot be negative");
        }
        long deadline = System.nanoTime() + saturatedNanos(maxWait);
        while (true) {
            long waitMillis = tryTake(bucket, perSecond);
            if (waitMillis <= 0) {
                return true;
            }
            long remainingNanos = deadline - System.nanoTime();
            if (TimeUnit.MILLISECONDS.toNanos(waitMillis) > remainingNanos) {
                return false;
            }
            long sleepNanos = Math.min(remainingNanos, TimeUnit.MILLISECONDS.toNanos(waitMillis + jitterMillis()));
            try {
                TimeUnit.NANOSECONDS.sleep(sleepNanos);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    private long tryTake(String bucket, int perSecond) {
        Long result = redis.shared().sync().eval(ACQUIRE, ScriptOutputType.INTEGER, new String[] {keyPrefix + "rate:" + bucket},
                Integer.toString(perSecond), Long.toString(windowMicros), UUID.randomUUID().toString(), expiryMillis);
        return result == null ? 0 : result;
    }

    /**
     * Spreads waiters that woke for the same slot over 0-2 ms so they do not all retry at once; more would leave the
     * freed slot unused for longer and keep the achieved rate further below the limit.
     */
    private long jitterMillis() {
        return jitter.nextLong(3);
    }

    private static long saturatedNanos(Duration duration) {
        try {
            return duration.toNanos();
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE / 2;
        }
    }
}
