package com.attackacrack.crm.application.port.out;

import java.time.Duration;

/**
 * Lets a recurring task run at most once per period across every process and restart: a claim succeeds for the
 * first caller of the period and is remembered outside the process (so a restarted scheduler does not repeat it).
 */
public interface RecurringTaskClaims {

    /** Claims {@code task} for the next {@code period}; false when it was already claimed within the last period. */
    boolean claim(String task, Duration period);

    /** Forgets the current claim of {@code task} (the claimed run could not start), so the next caller may run it. */
    void release(String task);
}
