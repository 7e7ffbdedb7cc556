package com.attackacrack.crm.domain.campaign;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * A campaign's lifecycle: draft → scheduled (a start time) → running ⇄ paused → completed (by itself when no
 * recipient is left pending) or cancelled. A draft may also launch straight to running; scheduled, running and paused
 * campaigns may be cancelled; completed and cancelled are final.
 */
public enum CampaignStatus {
    DRAFT,
    SCHEDULED,
    RUNNING,
    PAUSED,
    COMPLETED,
    CANCELLED;

    /** The statuses this one may move to. */
    public Set<CampaignStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SCHEDULED, RUNNING, CANCELLED);
            case SCHEDULED -> EnumSet.of(DRAFT, RUNNING, CANCELLED);
            case RUNNING -> EnumSet.of(PAUSED, COMPLETED, CANCELLED);
            case PAUSED -> EnumSet.of(RUNNING, CANCELLED);
            case COMPLETED, CANCELLED -> EnumSet.noneOf(CampaignStatus.class);
        };
    }

    /** True when the move is allowed. */
    public boolean canMoveTo(CampaignStatus target) {
        return next().contains(target);
    }

    /** True for completed and cancelled. */
    public boolean isFinal() {
        return this == COMPLETED || this == CANCELLED;
    }

    /** The lower-case word stored and shown. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status for a stored word. */
    public static CampaignStatus ofWord(String word) {
        return valueOf(word.toUpperCase(Locale.ROOT));
    }
}
