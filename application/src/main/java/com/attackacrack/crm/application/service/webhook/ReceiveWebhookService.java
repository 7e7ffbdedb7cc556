package com.attackacrack.crm.application.service.webhook;

import com.attackacrack.crm.application.port.in.webhook.ReceiveWebhookUseCase;
import com.attackacrack.crm.application.port.out.JobQueue;
import com.attackacrack.crm.application.port.out.TransactionRunner;
import com.attackacrack.crm.application.port.out.WebhookEventRepository;
import com.attackacrack.crm.domain.webhook.WebhookEvent;
import java.util.Objects;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores a verified webhook delivery once, in its own transaction, and after the commit hands a new one to the
 * workers ({@code webhook.process}); when the queue cannot take it the event waits as received for
 * {@link RequeueWaitingWebhooksService}, and the delivery is still acknowledged.
 */
public final class ReceiveWebhookService implements ReceiveWebhookUseCase {

    private static final Logger LOG = LoggerFactory.getLogger(ReceiveWebhookService.class);

    private final WebhookEventRepository events;
    private final TransactionRunner transactions;
    private final JobQueue jobs;

    /** A receiver that stores each new event and queues its processing job. */
    public ReceiveWebhookService(WebhookEventRepository events, TransactionRunner transactions, JobQueue jobs) {
        this.events = Objects.requireNonNull(events, "events");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.jobs = Objects.requireNonNull(jobs, "jobs");
    }

    @Override
    public boolean receive(WebhookEvent event) {
        Objects.requireNonNull(event, "event");
        OptionalLong stored = transactions.inTransaction(() -> events.store(event));
        if (stored.isEmpty()) {
            return false;
        }
        long rowId = stored.getAsLong();
        try {
            jobs.enqueue(WebhookJob.request(rowId));
        } catch (RuntimeException e) {
            LOG.warn("Webhook event {} (row {}) is stored but could not be queued for processing; it waits for the "
                    + "requeue of waiting events", event.eventId(), rowId, e);
        }
        return true;
    }
}
