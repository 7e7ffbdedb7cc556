package com.attackacrack.crm.adapters.out.redis.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for a condition in short steps up to a deadline, so tests never sleep a fixed long time. */
public final class Poll {

    private Poll() {
    }

    /** Returns once {@code condition} holds; fails naming {@code what} when it does not within {@code timeout}. */
    public static void until(Duration timeout, String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout.toMillis() + " ms waiting for " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what, e);
            }
        }
    }
}
