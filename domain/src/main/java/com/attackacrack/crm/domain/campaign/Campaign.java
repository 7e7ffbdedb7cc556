package com.attackacrack.crm.domain.campaign;

import java.time.Instant;
import java.util.Objects;

/**
 * An SMS campaign: name, status, audience, message A and optional message B (an A/B split), daily limit, sending
 * window, whether to skip contacts already in another running campaign and contacts texted within some days, when it
 * is scheduled to start, and its lifecycle times.
 */
public record Campaign(CampaignId id, String name, CampaignStatus status, Audience audience, MessageTemplate messageA,
                       MessageTemplate messageB, int dailyLimit, SendingWindow window, boolean skipInOtherRunning,
                       Integer skipTextedWithinDays, Instant scheduledAt, Instant createdAt, Instant updatedAt,
                       Instant startedAt, Instant finishedAt) {

    /** The default daily limit. */
    public static final int DEFAULT_DAILY_LIMIT = 125;

    public Campaign {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(messageA, "messageA");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** True when the campaign splits between two messages. */
    public boolean hasVariantB() {
        return messageB != null;
    }
}
