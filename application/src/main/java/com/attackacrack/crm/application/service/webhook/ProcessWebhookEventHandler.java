package com.attackacrack.crm.application.service.webhook;

import com.attackacrack.crm.application.port.out.CampaignTracking;
import com.attackacrack.crm.application.port.out.ContactRepository;
import com.attackacrack.crm.application.port.out.ConversationRepository;
import com.attackacrack.crm.application.port.out.Job;
import com.attackacrack.crm.application.port.out.PermanentJobFailure;
import com.attackacrack.crm.application.port.out.PhoneNormaliser;
import com.attackacrack.crm.application.port.out.ProviderContactLinks;
import com.attackacrack.crm.application.port.out.ProviderEventParser;
import com.attackacrack.crm.application.port.out.SuppressionRepository;
import com.attackacrack.crm.application.port.out.TransactionRunner;
import com.attackacrack.crm.application.port.out.WebhookEventRepository;
import com.attackacrack.crm.application.service.jobs.JobHandler;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import com.attackacrack.crm.domain.shared.PhoneNumber;
import com.attackacrack.crm.domain.webhook.ProviderEvent;
import com.attackacrack.crm.domain.webhook.StoredWebhookEvent;
import java.time.Clock;
import java.util.Objects;
import java.util.Set;

/**
 * Processes one stored webhook event ({@code webhook.process} jobs): reads it, applies it in one transaction that
 * also marks it processed, and skips an event already processed, so a redelivered job changes nothing. An event that
 * cannot be read or names an unusable number goes dead at once; any other failure is recorded and rethrown for the
 * queue to retry, and the event goes dead on the last attempt.
 */
public final class ProcessWebhookEventHandler implements JobHandler {

    /** The attempts a worker makes by default before a job is dead-lettered. */
    public static final int DEFAULT_MAX_ATTEMPTS = 5;

    private static final int MAX_ERROR = 2_000;

    private final WebhookEventRepository events;
    private final ProviderEventParser parser;
    private final TransactionRunner transactions;
    private final Clock clock;
    private final int maxAttempts;
    private final ProviderEventApplier applier;

    /**
     * The handler; {@code businessNumbers} (may be empty) are the business's own lines, used to tell the contact's
     * number among a call's participants, {@code maxAttempts} matches the worker's retry limit, and {@code tracking}
     * attributes delivery reports, replies and opt-outs to campaign sends (within 72 hours).
     */
    public ProcessWebhookEventHandler(WebhookEventRepository events, ProviderEventParser parser, ContactRepository contacts,
                                      ConversationRepository conversations, SuppressionRepository suppressions,
                                      ProviderContactLinks links, PhoneNormaliser phones, TransactionRunner transactions,
                                      Clock clock, Set<PhoneNumber> businessNumbers, int maxAttempts,
                                      CampaignTracking tracking) {
        this.events = Objects.requireNonNull(events, "events");
        this.parser = Objects.requireNonNull(parser, "parser");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        this.maxAttempts = maxAttempts;
        Objects.requireNonNull(contacts, "contacts");
        Objects.requireNonNull(phones, "phones");
        this.applier = new ProviderEventApplier(Objects.requireNonNull(conversations, "conversations"),
                Objects.requireNonNull(suppressions, "suppressions"), phones, new CallerContacts(contacts),
                new ProviderContactSync(contacts, Objects.requireNonNull(links, "links"), phones),
                Objects.requireNonNull(businessNumbers, "businessNumbers"), Objects.requireNonNull(tracking, "tracking"),
                CampaignTracking.DEFAULT_ATTRIBUTION_WINDOW);
    }

    @Override
    public String jobType() {
        return WebhookJob.TYPE;
    }

    @Override
    public void handle(Job job) {
        long id = WebhookJob.rowId(job);
        StoredWebhookEvent stored = events.find(id)
                .orElseThrow(() -> new PermanentJobFailure("webhook event row " + id + " does not exist"));
        if (stored.status() == StoredWebhookEvent.Status.PROCESSED) {
            return;
        }
        String name = "webhook event " + stored.event().eventId() + " (" + stored.event().type() + ")";
        ProviderEvent event;
        try {
            event = parser.parse(stored.event());
        } catch (IllegalArgumentException e) {
            fail(id, "cannot be read: " + e.getMessage(), true);
            throw new PermanentJobFailure(name + " cannot be read: " + e.getMessage(), e);
        }
        try {
            transactions.inTransaction(() -> {
                applier.apply(event, clock.instant());
                events.markProcessed(id, clock.instant());
            });
        } catch (PermanentJobFailure e) {
            fail(id, e.getMessage(), true);
            throw e;
        } catch (BusinessRuleException e) {
            if (e.kind() != BusinessRuleException.Kind.INVALID) {
                fail(id, describe(e), job.attempt() >= maxAttempts);
                throw e;
            }
            // Data the CRM's rules refuse: another attempt would be refused the same way.
            fail(id, describe(e), true);
            throw new PermanentJobFailure(name + " cannot be applied: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            fail(id, describe(e), job.attempt() >= maxAttempts);
            throw e;
        }
    }

    private void fail(long id, String error, boolean dead) {
        transactions.inTransaction(() -> events.markFailed(id, error, dead));
    }

    private static String describe(RuntimeException e) {
        String text = e.getMessage() == null ? e.getClass().getSimpleName()
                : e.getClass().getSimpleName() + ": " + e.getMessage();
        return text.length() > MAX_ERROR ? text.substring(0, MAX_ERROR) : text;
    }
}
