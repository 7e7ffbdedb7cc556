package com.attackacrack.crm.application.service.webhook;

import com.attackacrack.crm.application.port.in.webhook.ReceiveWebhookUseCase;
import com.attackacrack.crm.application.port.out.TransactionRunner;
import com.attackacrack.crm.application.port.out.WebhookEventRepository;
import com.attackacrack.crm.domain.webhook.WebhookEvent;
import java.util.Objects;

/** Stores a verified webhook delivery once, in its own transaction; processing it is left to a later step. */
public final class ReceiveWebhookService implements ReceiveWebhookUseCase {

    private final WebhookEventRepository events;
    private final TransactionRunner transactions;

    public ReceiveWebhookService(WebhookEventRepository events, TransactionRunner transactions) {
        this.events = Objects.requireNonNull(events, "events");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public boolean receive(WebhookEvent event) {
        Objects.requireNonNull(event, "event");
        return transactions.inTransaction(() -> events.storeOnce(event));
    }
}
