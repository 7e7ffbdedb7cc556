package com.attackacrack.crm.application.port.in.webhook;

import com.attackacrack.crm.domain.webhook.StoredWebhookEvent;

/**
 * Sends a stored webhook event through processing again (a dead letter after its cause was fixed, or any failed
 * one): NOT_FOUND for an unknown event, INVALID for one already processed.
 */
public interface ReplayWebhookUseCase {

    /** Replays the event with this row id; returns it as it now stands. */
    StoredWebhookEvent replay(long id);

    /** Replays the event with this provider event id (as the CLI takes it). */
    StoredWebhookEvent replayByEventId(String eventId);
}
