package com.attackacrack.crm.application.port.out;

import java.util.Map;

/**
 * Monotonic counters shared by every process (workers and the scheduler serve no metrics, so what they count is kept
 * where the web process can read it): each counter is a set of named fields that only ever grow.
 */
public interface SharedCounters {

    /** Adds {@code amount} (not negative) to the field of the counter; trouble reaching the store is logged, not thrown. */
    void add(String counter, String field, long amount);

    /** Every field of the counter with its value, empty when nothing was counted yet; throws when unreadable. */
    Map<String, Long> read(String counter);
}
