package com.attackacrack.crm.application.port.out;

import java.time.Duration;
import java.util.Optional;

/**
 * Counts failed sign-ins per key (an account, a client address) across every web instance and locks a key that
 * failed too often within the window.
 */
public interface LoginThrottle {

    /** How much longer the key stays locked, or empty when it may try. */
    Optional<Duration> lockedFor(String key);

    /** Counts one failure; returns the lock now in force when this failure locked the key. */
    Optional<Duration> recordFailure(String key);

    /** Forgets the key's failures (after a successful sign-in). */
    void reset(String key);
}
