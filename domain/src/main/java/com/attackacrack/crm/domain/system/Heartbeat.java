package com.attackacrack.crm.domain.system;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Proof that a process is alive: its identity, when it said so ({@code sentAt}) and when the job queue delivered
 * that word to a worker ({@code receivedAt}); the gap is the queue's lag.
 */
public record Heartbeat(ProcessInfo process, Instant sentAt, Instant receivedAt) {

    public Heartbeat {
        Objects.requireNonNull(process, "process");
        Objects.requireNonNull(sentAt, "sentAt");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }

    /** How long the heartbeat waited in the queue. */
    public Duration queueLag() {
        Duration lag = Duration.between(sentAt, receivedAt);
        return lag.isNegative() ? Duration.ZERO : lag;
    }

    /** True when the heartbeat was received no longer than {@code maxAge} before {@code now}. */
    public boolean isFresh(Instant now, Duration maxAge) {
        return !receivedAt.plus(maxAge).isBefore(now);
    }
}
