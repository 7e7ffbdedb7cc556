package com.attackacrack.crm.application.service.webhook;

import com.attackacrack.crm.application.port.in.webhook.ReplayWebhookUseCase;
import com.attackacrack.crm.application.port.out.JobQueue;
import com.attackacrack.crm.application.port.out.TransactionRunner;
import com.attackacrack.crm.application.port.out.WebhookEventRepository;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import com.attackacrack.crm.domain.webhook.StoredWebhookEvent;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/** Puts a failed or dead webhook event back to received and hands it to the workers again; a processed one is refused. */
public final class ReplayWebhookService implements ReplayWebhookUseCase {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final WebhookEventRepository events;
    private final JobQueue jobs;
    private final TransactionRunner transactions;

    public ReplayWebhookService(WebhookEventRepository events, JobQueue jobs, TransactionRunner transactions) {
        this.events = Objects.requireNonNull(events, "events");
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public StoredWebhookEvent replay(long id) {
        StoredWebhookEvent stored = events.find(id)
                .orElseThrow(() -> BusinessRuleException.notFound("No webhook event with id " + id));
        return replay(stored);
    }

    @Override
    public StoredWebhookEvent replayByEventId(String eventId) {
        if (eventId == null || eventId.isBlank()) {
            throw BusinessRuleException.invalid("Which webhook event? Give its event id");
        }
        String wanted = eventId.strip();
        StoredWebhookEvent stored = events.findByEventId(wanted)
                .orElseThrow(() -> BusinessRuleException.notFound("No webhook event with event id " + wanted));
        return replay(stored);
    }

    private StoredWebhookEvent replay(StoredWebhookEvent stored) {
        long id = stored.id();
        if (stored.status() == StoredWebhookEvent.Status.PROCESSED
                || !transactions.inTransaction(() -> events.requeue(id))) {
            throw alreadyProcessed(events.find(id).orElse(stored));
        }
        jobs.enqueue(WebhookJob.request(id));
        return events.find(id).orElseThrow(() -> BusinessRuleException.notFound("No webhook event with id " + id));
    }

    private static BusinessRuleException alreadyProcessed(StoredWebhookEvent stored) {
        String when = stored.processedAt() == null ? "" : " on " + WHEN.format(stored.processedAt());
        return BusinessRuleException.invalid("Event " + stored.event().eventId() + " was processed" + when
                + "; there is nothing to replay");
    }
}
