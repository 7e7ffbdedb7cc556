package com.attackacrack.crm.application.port.out;

import com.attackacrack.crm.domain.webhook.StoredWebhookEvent;
import com.attackacrack.crm.domain.webhook.WebhookEvent;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Keeps every verified webhook delivery once: storing an event id seen before stores nothing (the database's unique
 * constraint decides, so concurrent redeliveries cannot both win). Deliveries that were signed correctly but could
 * not be read (malformed JSON) are kept as rejected, with the reason.
 */
public interface WebhookEventRepository {

    /** Stores the event; false when an event with this id is already stored. */
    default boolean storeOnce(WebhookEvent event) {
        return store(event).isPresent();
    }

    /** Stores the event and returns its row id; empty when an event with this id is already stored. */
    OptionalLong store(WebhookEvent event);

    /** The stored event with this row id. */
    Optional<StoredWebhookEvent> find(long id);

    /** The stored event with this provider event id. */
    Optional<StoredWebhookEvent> findByEventId(String eventId);

    /** Marks the event processed (attempts + 1, error cleared). */
    void markProcessed(long id, Instant now);

    /** Records a failed attempt (attempts + 1) with its error; {@code dead} when no retry will follow. */
    void markFailed(long id, String error, boolean dead);

    /** Puts a failed or dead event back to received for another round of attempts; false when it was processed. */
    boolean requeue(long id);

    /** Dead events, newest first. */
    List<StoredWebhookEvent> deadLetters(int limit);

    /** How many events are dead. */
    long countDead();

    /** Row ids of events still received (never picked up) that arrived before {@code before}, oldest first. */
    List<Long> waiting(Instant before, int limit);

    /** Keeps a correctly signed delivery whose body could not be read, with why. */
    void storeRejected(String rawBody, String reason, Instant receivedAt);

    /** When the last verified event arrived, if any. */
    Optional<Instant> lastReceivedAt();

    /** How many verified events are stored. */
    long countStored();

    /** How many correctly signed but unreadable deliveries are kept as rejected. */
    long countRejected();
}
