package com.attackacrack.crm.application.fakes;

import com.attackacrack.crm.application.port.out.LoginThrottle;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Test fake of {@link LoginThrottle}: {@code maxFailures} failures of a key within {@code window} lock it for
 * {@code lockout}, measured on the given clock; failures while locked extend nothing and answer the remaining lock.
 */
public final class InMemoryLoginThrottle implements LoginThrottle {

    public static final int DEFAULT_MAX_FAILURES = 5;
    public static final Duration DEFAULT_WINDOW = Duration.ofMinutes(15);
    public static final Duration DEFAULT_LOCKOUT = Duration.ofMinutes(15);

    private final Clock clock;
    private final int maxFailures;
    private final Duration window;
    private final Duration lockout;
    private final Map<String, List<Instant>> failures = new HashMap<>();
    private final Map<String, Instant> lockedUntil = new HashMap<>();

    /** Five failures in 15 minutes lock the key for 15 minutes. */
    public InMemoryLoginThrottle(Clock clock) {
        this(clock, DEFAULT_MAX_FAILURES, DEFAULT_WINDOW, DEFAULT_LOCKOUT);
    }

    public InMemoryLoginThrottle(Clock clock, int maxFailures, Duration window, Duration lockout) {
        if (maxFailures < 1 || window.isNegative() || window.isZero() || lockout.isNegative() || lockout.isZero()) {
            throw new IllegalArgumentException("maxFailures must be at least 1 and window and lockout positive");
        }
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
        this.lockout = lockout;
    }

    @Override
    public synchronized Optional<Duration> lockedFor(String key) {
        Instant now = clock.instant();
        Instant until = lockedUntil.get(key);
        if (until == null || !now.isBefore(until)) {
            lockedUntil.remove(key);
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, until));
    }

    @Override
    public synchronized Optional<Duration> recordFailure(String key) {
        Optional<Duration> current = lockedFor(key);
        if (current.isPresent()) {
            return current;
        }
        Instant now = clock.instant();
        List<Instant> recent = failures.computeIfAbsent(key, k -> new ArrayList<>());
        recent.removeIf(at -> !at.isAfter(now.minus(window)));
        recent.add(now);
        if (recent.size() < maxFailures) {
            return Optional.empty();
        }
        failures.remove(key);
        lockedUntil.put(key, now.plus(lockout));
        return Optional.of(lockout);
    }

    @Override
    public synchronized void reset(String key) {
        failures.remove(key);
        lockedUntil.remove(key);
    }

    /** Failures of the key counted in the current window (0 once it locked or was reset). */
    public synchronized int failuresOf(String key) {
        Instant now = clock.instant();
        return (int) failures.getOrDefault(key, List.of()).stream().filter(at -> at.isAfter(now.minus(window))).count();
    }
}
