package com.attackacrack.crm.bootstrap.config;

import java.time.Duration;

/**
 * How campaign sending is paced and guarded: how long a worker's claim on a recipient lasts before it counts as
 * unknown (must exceed the gateway's worst case, four 10 s attempts with backoff), how long an unknown send is looked
 * for at the provider before it is left for review, and how many sends one scheduler tick may queue.
 */
public record CampaignConfig(Duration sendLease, Duration reviewAfter, int sendsPerTick) {

    public static final Duration DEFAULT_SEND_LEASE = Duration.ofMinutes(5);
    public static final Duration DEFAULT_REVIEW_AFTER = Duration.ofMinutes(10);
    public static final int DEFAULT_SENDS_PER_TICK = 100;

    /** The defaults. */
    public static CampaignConfig defaults() {
        return new CampaignConfig(DEFAULT_SEND_LEASE, DEFAULT_REVIEW_AFTER, DEFAULT_SENDS_PER_TICK);
    }
}
