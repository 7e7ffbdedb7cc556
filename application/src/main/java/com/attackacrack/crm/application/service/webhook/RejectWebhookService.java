package com.attackacrack.crm.application.service.webhook;

import com.attackacrack.crm.application.port.in.webhook.RejectWebhookCommand;
import com.attackacrack.crm.application.port.in.webhook.RejectWebhookUseCase;
import com.attackacrack.crm.application.port.out.OperationsMetrics;
import com.attackacrack.crm.application.port.out.OperationsMetrics.WebhookOutcome;
import com.attackacrack.crm.application.port.out.TransactionRunner;
import com.attackacrack.crm.application.port.out.WebhookEventRepository;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/** Keeps a signed but unreadable webhook delivery as rejected, in its own transaction, and reports it as rejected. */
public final class RejectWebhookService implements RejectWebhookUseCase {

    private final WebhookEventRepository events;
    private final TransactionRunner transactions;
    private final OperationsMetrics metrics;
    private final Clock clock;

    public RejectWebhookService(WebhookEventRepository events, TransactionRunner transactions) {
        this(events, transactions, OperationsMetrics.NONE, Clock.systemUTC());
    }

    /** A service reporting each rejection and its latency (by {@code clock}) to {@code metrics}. */
    public RejectWebhookService(WebhookEventRepository events, TransactionRunner transactions, OperationsMetrics metrics,
                                Clock clock) {
        this.events = Objects.requireNonNull(events, "events");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void reject(RejectWebhookCommand command) {
        Objects.requireNonNull(command, "command");
        transactions.inTransaction(() -> events.storeRejected(command.rawBody(), command.reason(), command.receivedAt()));
        Duration latency = Duration.between(command.receivedAt(), clock.instant());
        metrics.webhookReceived(WebhookOutcome.REJECTED, latency.isNegative() ? Duration.ZERO : latency);
    }
}
