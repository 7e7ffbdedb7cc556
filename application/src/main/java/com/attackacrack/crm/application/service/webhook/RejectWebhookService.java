package com.attackacrack.crm.application.service.webhook;

import com.attackacrack.crm.application.port.in.webhook.RejectWebhookCommand;
import com.attackacrack.crm.application.port.in.webhook.RejectWebhookUseCase;
import com.attackacrack.crm.application.port.out.TransactionRunner;
import com.attackacrack.crm.application.port.out.WebhookEventRepository;
import java.util.Objects;

/** Keeps a signed but unreadable webhook delivery as rejected, in its own transaction. */
public final class RejectWebhookService implements RejectWebhookUseCase {

    private final WebhookEventRepository events;
    private final TransactionRunner transactions;

    public RejectWebhookService(WebhookEventRepository events, TransactionRunner transactions) {
        this.events = Objects.requireNonNull(events, "events");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public void reject(RejectWebhookCommand command) {
        Objects.requireNonNull(command, "command");
        transactions.inTransaction(() -> events.storeRejected(command.rawBody(), command.reason(), command.receivedAt()));
    }
}
