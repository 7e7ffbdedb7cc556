package com.attackacrack.crm.bootstrap.config;

import java.time.Duration;

/**
 * How long the daily purge keeps what has ended: invites after they were used, revoked or expired
 * ({@code CRM_PURGE_INVITE_RETENTION_DAYS}) and processed webhook event ids after processing
 * ({@code CRM_PURGE_WEBHOOK_RETENTION_DAYS}), both 1 to 3,650 days, 30 by default; and the heartbeat of a process
 * silent for longer than {@code CRM_PURGE_HEARTBEAT_RETENTION_HOURS} (1 to 8,760 hours, 24 by default). Ended sessions
 * go at once.
 */
public record PurgeConfig(Duration inviteRetention, Duration webhookRetention, Duration heartbeatRetention) {

    public static final int DEFAULT_RETENTION_DAYS = 30;
    public static final int DEFAULT_HEARTBEAT_RETENTION_HOURS = 24;

    /** The defaults. */
    public static PurgeConfig defaults() {
        return new PurgeConfig(Duration.ofDays(DEFAULT_RETENTION_DAYS), Duration.ofDays(DEFAULT_RETENTION_DAYS),
                Duration.ofHours(DEFAULT_HEARTBEAT_RETENTION_HOURS));
    }
}
