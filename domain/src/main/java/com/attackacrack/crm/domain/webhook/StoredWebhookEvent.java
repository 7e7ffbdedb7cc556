package com.attackacrack.crm.domain.webhook;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * A webhook event as kept in the database: its row id, the delivery itself, where processing stands, how many
 * attempts were made, the last error, and when it was processed.
 */
public record StoredWebhookEvent(long id, WebhookEvent event, Status status, int attempts, String lastError,
                                 Instant processedAt) {

    /** Where processing of an event stands: waiting, done, failed (will be retried) or dead (retries used up). */
    public enum Status {
        RECEIVED,
        PROCESSED,
        FAILED,
        DEAD;

        /** The word stored in the database. */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The status for a stored word. */
        public static Status ofWord(String word) {
            return valueOf(word.toUpperCase(Locale.ROOT));
        }
    }

    public StoredWebhookEvent {
        if (id <= 0) {
            throw new IllegalArgumentException("stored event id must be positive, was " + id);
        }
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(status, "status");
    }
}
