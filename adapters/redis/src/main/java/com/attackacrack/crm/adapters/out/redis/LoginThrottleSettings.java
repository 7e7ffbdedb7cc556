package com.attackacrack.crm.adapters.out.redis;

import java.time.Duration;
import java.util.Objects;

/** How {@link RedisLoginThrottle} locks: {@code maxFailures} failures within {@code window} lock a key for {@code lockDuration}. */
public record LoginThrottleSettings(int maxFailures, Duration window, Duration lockDuration) {

    public LoginThrottleSettings {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("maxFailures must be at least 1, was " + maxFailures);
        }
        requireMillis(window, "window");
        requireMillis(lockDuration, "lockDuration");
    }

    /** Five failures within 15 minutes lock the key for 15 minutes. */
    public static LoginThrottleSettings defaults() {
        return new LoginThrottleSettings(5, Duration.ofMinutes(15), Duration.ofMinutes(15));
    }

    private static void requireMillis(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.toMillis() < 1) {
            throw new IllegalArgumentException(name + " must be at least 1 ms, was " + value);
        }
    }
}
