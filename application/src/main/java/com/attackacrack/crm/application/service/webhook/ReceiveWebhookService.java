package com.attackacrack.crm.application.service.webhook;

import com.attackacrack.crm.application.port.in.webhook.ReceiveWebhookUseCase;
import com.attackacrack.crm.application.port.out.JobQueue;
import com.attackacrack.crm.application.port.out.OperationsMetrics;
import com.attackacrack.crm.application.port.out.OperationsMetrics.WebhookOutcome;
import com.attackacrack.crm.application.port.out.TransactionRunner;
import com.attackacrack.crm.application.port.out.WebhookEventRepository;
import com.attackacrack.crm.domain.webhook.WebhookEvent;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores a verified webhook delivery once, in its own transaction, and after the commit hands a new one to the
 * workers ({@code webhook.process}); when the queue cannot take it the event waits as received for
 * {@link RequeueWaitingWebhooksService}, and the delivery is still acknowledged. Each delivery is reported to
 * {@link OperationsMetrics} as accepted or duplicate, with the time since it arrived.
 */
public final class ReceiveWebhookService implements ReceiveWebhookUseCase {

    private static final Logger LOG = LoggerFactory.getLogger(ReceiveWebhookService.class);

    private final WebhookEventRepository events;
    private final TransactionRunner transactions;
    private final JobQueue jobs;
    private final OperationsMetrics metrics;
    private final Clock clock;

    /** A receiver that stores each new event and queues its processing job, reporting nothing. */
    public ReceiveWebhookService(WebhookEventRepository events, TransactionRunner transactions, JobQueue jobs) {
        this(events, transactions, jobs, OperationsMetrics.NONE, Clock.systemUTC());
    }

    /** A receiver reporting each delivery and its latency (by {@code clock}) to {@code metrics}. */
    public ReceiveWebhookService(WebhookEventRepository events, TransactionRunner transactions, JobQueue jobs,
                                 OperationsMetrics metrics, Clock clock) {
        this.events = Objects.requireNonNull(events, "events");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public boolean receive(WebhookEvent event) {
        Objects.requireNonNull(event, "event");
        OptionalLong stored = transactions.inTransaction(() -> events.store(event));
        if (stored.isEmpty()) {
            report(WebhookOutcome.DUPLICATE, event);
            return false;
        }
        long rowId = stored.getAsLong();
        try {
            jobs.enqueue(WebhookJob.request(rowId));
        } catch (RuntimeException e) {
            LOG.warn("Webhook event {} (row {}) is stored but could not be queued for processing; it waits for the "
                    + "requeue of waiting events", event.eventId(), rowId, e);
        }
        report(WebhookOutcome.ACCEPTED, event);
        return true;
    }

    private void report(WebhookOutcome outcome, WebhookEvent event) {
        Duration latency = Duration.between(event.receivedAt(), clock.instant());
        metrics.webhookReceived(outcome, latency.isNegative() ? Duration.ZERO : latency);
    }
}
