package com.attackacrack.crm.application.port.out;

import com.attackacrack.crm.domain.webhook.WebhookEvent;
import java.time.Instant;
import java.util.Optional;

/**
 * Keeps every verified webhook delivery once: storing an event id seen before stores nothing (the database's unique
 * constraint decides, so concurrent redeliveries cannot both win). Deliveries that were signed correctly but could
 * not be read (malformed JSON) are kept as rejected, with the reason.
 */
public interface WebhookEventRepository {

    /** Stores the event; false when an event with this id is already stored. */
    boolean storeOnce(WebhookEvent event);

    /** Keeps a correctly signed delivery whose body could not be read, with why. */
    void storeRejected(String rawBody, String reason, Instant receivedAt);

    /** When the last verified event arrived, if any. */
    Optional<Instant> lastReceivedAt();

    /** How many verified events are stored. */
    long countStored();

    /** How many correctly signed but unreadable deliveries are kept as rejected. */
    long countRejected();
}
