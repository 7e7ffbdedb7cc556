package com.attackacrack.crm.adapters.out.redis;

import com.attackacrack.crm.application.port.out.RecurringTaskClaims;
import io.lettuce.core.SetArgs;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Claims of recurring tasks as Redis keys {@code <prefix>task:<name>} set with {@code SET NX PX}: the first caller of a
 * period creates the key (one atomic command, so two processes cannot both claim), the key expires by Redis's clock
 * after the period, and it outlives any process restart. The value is when it was claimed, for an operator to read.
 */
public final class RedisRecurringTaskClaims implements RecurringTaskClaims {

    private final RedisConnections redis;
    private final String keyPrefix;

    /** Claims on {@code redis} whose keys start with {@code keyPrefix}. */
    public RedisRecurringTaskClaims(RedisConnections redis, String keyPrefix) {
        this.redis = Objects.requireNonNull(redis, "redis");
        this.keyPrefix = Objects.requireNonNull(keyPrefix, "keyPrefix");
    }

    @Override
    public boolean claim(String task, Duration period) {
        Objects.requireNonNull(period, "period");
        if (period.toMillis() < 1) {
            throw new IllegalArgumentException("period must be at least 1 ms, was " + period);
        }
        String reply = redis.shared().sync().set(key(task), Instant.now().toString(),
                SetArgs.Builder.nx().px(period.toMillis()));
        return "OK".equals(reply);
    }

    @Override
    public void release(String task) {
        redis.shared().sync().del(key(task));
    }

    private String key(String task) {
        Objects.requireNonNull(task, "task");
        return keyPrefix + "task:" + task;
    }
}
