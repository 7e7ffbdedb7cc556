package com.attackacrack.crm.application.port.in.conversation;

import java.time.Duration;

/**
 * Pulls the provider's texts and calls of the CRM's known conversations and records what the webhooks missed, each
 * once by its provider id, applying STOP/START in texts it adds; a conversation that fails is reported and the run
 * goes on, unless the provider refused the credentials.
 */
public interface ReconcileConversationsUseCase {

    /** Checks the {@code limit} most recently active conversations for what happened in the last {@code since}. */
    ReconcileReport reconcile(Duration since, int limit);
}
