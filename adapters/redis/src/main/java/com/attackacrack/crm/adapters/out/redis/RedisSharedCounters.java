package com.attackacrack.crm.adapters.out.redis;

import com.attackacrack.crm.application.port.out.SharedCounters;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shared counters as Redis hashes, one per counter ({@code <prefix>metrics:<counter>}), each field grown with
 * {@code HINCRBY}. Adds are sent without waiting for the answer (the job that counts never waits on Redis for it); a
 * failed add is logged at most once a minute and lost, which only makes a counter read low.
 */
public final class RedisSharedCounters implements SharedCounters {

    private static final Logger LOG = LoggerFactory.getLogger(RedisSharedCounters.class);
    private static final long WARN_EVERY_NANOS = 60_000_000_000L;

    private final RedisConnections redis;
    private final String keyPrefix;
    private final AtomicLong lastWarning = new AtomicLong(System.nanoTime() - WARN_EVERY_NANOS);

    /** Counters on {@code redis} under keys starting with {@code keyPrefix}. */
    public RedisSharedCounters(RedisConnections redis, String keyPrefix) {
        this.redis = Objects.requireNonNull(redis, "redis");
        this.keyPrefix = Objects.requireNonNull(keyPrefix, "keyPrefix");
    }

    @Override
    public void add(String counter, String field, long amount) {
        Objects.requireNonNull(field, "field");
        if (amount < 0) {
            throw new IllegalArgumentException("a shared counter only grows, not by " + amount);
        }
        String key = key(counter);
        if (amount == 0) {
            return;
        }
        try {
            redis.shared().async().hincrby(key, field, amount).exceptionally(failure -> {
                warn(counter, failure);
                return null;
            });
        } catch (RuntimeException e) {
            warn(counter, e);
        }
    }

    @Override
    public Map<String, Long> read(String counter) {
        Map<String, Long> values = new HashMap<>();
        redis.shared().sync().hgetall(key(counter)).forEach((field, value) -> {
            try {
                values.put(field, Long.parseLong(value));
            } catch (NumberFormatException e) {
                LOG.warn("Shared counter {} field {} holds no number; skipped", counter, field);
            }
        });
        return values;
    }

    private String key(String counter) {
        if (counter == null || counter.isBlank() || counter.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("a shared counter needs a name without spaces");
        }
        return keyPrefix + "metrics:" + counter;
    }

    private void warn(String counter, Throwable failure) {
        long now = System.nanoTime();
        long last = lastWarning.get();
        if (now - last >= WARN_EVERY_NANOS && lastWarning.compareAndSet(last, now)) {
            LOG.warn("Could not add to shared counter {} in Redis (further failures are not logged for a minute): {}",
                    counter, failure.toString());
        }
    }
}
