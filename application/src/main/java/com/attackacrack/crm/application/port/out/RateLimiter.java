package com.attackacrack.crm.application.port.out;

import java.time.Duration;

/** A rate shared by every process (a sliding one-second window per name): at most {@code perSecond} acquisitions a second. */
public interface RateLimiter {

    /** Takes one token from the named bucket, waiting up to {@code maxWait} for one; false when none came in time. */
    boolean acquire(String bucket, int perSecond, Duration maxWait);
}
