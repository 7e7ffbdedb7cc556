package com.attackacrack.crm.domain.conversation;

import java.util.Locale;

/**
 * Where a phone call stands: ringing, then answered or forwarded, then completed or missed. Reports can arrive out
 * of order, so a call's status only moves forward ({@link #canAdvanceTo}).
 */
public enum CallStatus {
    RINGING(0),
    ANSWERED(1),
    FORWARDED(1),
    COMPLETED(2),
    MISSED(2);

    private final int rank;

    CallStatus(int rank) {
        this.rank = rank;
    }

    /** True when a report of {@code next} should replace this status. */
    public boolean canAdvanceTo(CallStatus next) {
        return next.rank > rank;
    }

    /** The status an event type reports ({@code call.ringing} → RINGING ...), or the payload's status word. */
    public static CallStatus ofProvider(String value) {
        if (value == null) {
            throw new IllegalArgumentException("a call status is required");
        }
        String word = value.strip().toLowerCase(Locale.ROOT);
        return switch (word) {
            case "ringing", "initiated", "queued" -> RINGING;
            case "answered", "in-progress", "in_progress" -> ANSWERED;
            case "forwarded" -> FORWARDED;
            case "completed" -> COMPLETED;
            case "missed", "no-answer", "no_answer", "busy", "failed", "canceled", "cancelled", "abandoned" -> MISSED;
            default -> throw new IllegalArgumentException("unknown call status '" + value + "'");
        };
    }

    /** The lower-case word shown in the UI and stored in the database. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
