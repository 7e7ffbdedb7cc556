package com.attackacrack.crm.domain.conversation;

import java.util.Locale;

/**
 * Where a text message stands. Outbound: queued (saved, not yet accepted by the provider) → sent → delivered, or
 * undelivered / failed; inbound messages are received. Status only moves forward: an older delivery report arriving
 * late never takes a message back (see {@link #canAdvanceTo}).
 */
public enum MessageStatus {
    QUEUED(0),
    SENT(1),
    DELIVERED(2),
    UNDELIVERED(2),
    FAILED(2),
    RECEIVED(2);

    private final int rank;

    MessageStatus(int rank) {
        this.rank = rank;
    }

    /** True when a report of {@code next} should replace this status: it is further along and this is not final. */
    public boolean canAdvanceTo(MessageStatus next) {
        return next.rank > rank;
    }

    /** True for statuses that end the message's life (delivered, undelivered, failed, received). */
    public boolean isFinal() {
        return rank == 2;
    }

    /** OpenPhone's status word (queued, sent, delivered, undelivered, failed, received); unknown words are refused. */
    public static MessageStatus ofProvider(String value) {
        if (value == null) {
            throw new IllegalArgumentException("a message status is required");
        }
        return valueOf(value.strip().toUpperCase(Locale.ROOT));
    }

    /** The lower-case word shown in the UI and stored in the database. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
