package com.attackacrack.crm.application.service.webhook;

import com.attackacrack.crm.application.port.in.conversation.ReconcileConversationsUseCase;
import com.attackacrack.crm.application.port.in.conversation.ReconcileReport;
import com.attackacrack.crm.application.port.out.CampaignTracking;
import com.attackacrack.crm.application.port.out.ContactRepository;
import com.attackacrack.crm.application.port.out.ConversationRepository;
import com.attackacrack.crm.application.port.out.KnownConversation;
import com.attackacrack.crm.application.port.out.KnownConversations;
import com.attackacrack.crm.application.port.out.PhoneNormaliser;
import com.attackacrack.crm.application.port.out.ProviderContactLinks;
import com.attackacrack.crm.application.port.out.ProviderHistory;
import com.attackacrack.crm.application.port.out.ProviderHistoryException;
import com.attackacrack.crm.application.port.out.RecordOutcome;
import com.attackacrack.crm.application.port.out.SuppressionRepository;
import com.attackacrack.crm.application.port.out.TransactionRunner;
import com.attackacrack.crm.domain.conversation.ProviderCall;
import com.attackacrack.crm.domain.conversation.ProviderMessage;
import com.attackacrack.crm.domain.shared.PhoneNumber;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reconciles the CRM's conversations with the provider's history: for each known conversation (newest activity
 * first) reads the texts and calls since the given time and applies each, oldest first, the way a webhook would be
 * applied (same contact matching, STOP/START in a new inbound text honoured), each in its own transaction. The
 * repositories deduplicate by provider id, so only what the webhooks missed is added; the counts are the outcomes the
 * database returned. A failure is reported with its conversation and the run goes on, unless the provider refused
 * the credentials or the configuration cannot work, which stops the run.
 */
public final class ReconcileConversationsService implements ReconcileConversationsUseCase {

    /** The most conversations one run may check. */
    public static final int MAX_LIMIT = 100_000;

    private static final Logger LOG = LoggerFactory.getLogger(ReconcileConversationsService.class);
    private static final int MAX_ERROR = 500;

    private final KnownConversations known;
    private final ProviderHistory history;
    private final TransactionRunner transactions;
    private final Clock clock;
    private final ProviderEventApplier applier;

    /**
     * The service; {@code businessNumbers} (may be empty) are the business's own lines, used to tell the contact's
     * number among a call's participants, as when webhooks are processed, and {@code tracking} attributes what is found
     * to campaign sends as webhooks do.
     */
    public ReconcileConversationsService(KnownConversations known, ProviderHistory history, ContactRepository contacts,
                                         ConversationRepository conversations, SuppressionRepository suppressions,
                                         ProviderContactLinks links, PhoneNormaliser phones, TransactionRunner transactions,
                                         Clock clock, Set<PhoneNumber> businessNumbers, CampaignTracking tracking) {
        this.known = Objects.requireNonNull(known, "known");
        this.history = Objects.requireNonNull(history, "history");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(contacts, "contacts");
        Objects.requireNonNull(phones, "phones");
        this.applier = new ProviderEventApplier(Objects.requireNonNull(conversations, "conversations"),
                Objects.requireNonNull(suppressions, "suppressions"), phones, new CallerContacts(contacts),
                new ProviderContactSync(contacts, Objects.requireNonNull(links, "links"), phones),
                Objects.requireNonNull(businessNumbers, "businessNumbers"), Objects.requireNonNull(tracking, "tracking"),
                CampaignTracking.DEFAULT_ATTRIBUTION_WINDOW);
    }

    @Override
    public ReconcileReport reconcile(Duration since, int limit) {
        Objects.requireNonNull(since, "since");
        if (since.isNegative() || since.isZero()) {
            throw new IllegalArgumentException("since must be a positive duration, was " + since);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + ", was " + limit);
        }
        Instant from = clock.instant().minus(since);
        Tally tally = new Tally();
        List<KnownConversation> conversations = known.all(limit);
        LOG.info("Reconciling {} conversation(s) with the provider's history since {}", conversations.size(), from);
        for (KnownConversation conversation : conversations) {
            try {
                reconcile(conversation, from, tally);
            } catch (ProviderHistoryException e) {
                if (e.stopsRun()) {
                    LOG.warn("Reconcile stopped: {}", e.getMessage());
                    return tally.report(e.getMessage());
                }
                tally.failed(conversation, e.getMessage());
                tally.checked++;
            }
        }
        ReconcileReport report = tally.report(null);
        LOG.info("Reconcile checked {} conversation(s): {} text(s) and {} call(s) added, {} already known, {} failure(s)",
                report.conversationsChecked(), report.messagesCreated(), report.callsCreated(), report.alreadyKnown(),
                report.failures().size());
        return report;
    }

    private void reconcile(KnownConversation conversation, Instant from, Tally tally) {
        List<ProviderMessage> messages = history.messages(conversation.phone(), from);
        List<ProviderCall> calls = history.calls(conversation.phone(), from);
        List<Item> items = new ArrayList<>(messages.size() + calls.size());
        messages.forEach(m -> items.add(new Item("text " + m.providerId(), m.createdAt(), true,
                () -> applier.message(m, clock.instant()))));
        calls.forEach(c -> items.add(new Item("call " + c.providerId(), c.createdAt(), false,
                () -> applier.call(c, clock.instant()))));
        items.sort(Comparator.comparing(Item::at));
        for (Item item : items) {
            RecordOutcome outcome;
            try {
                outcome = transactions.inTransaction(item.apply());
            } catch (RuntimeException e) {
                tally.failed(conversation, item.name() + ": " + describe(e));
                continue;
            }
            if (outcome != RecordOutcome.CREATED) {
                tally.alreadyKnown++;
            } else if (item.message()) {
                tally.messagesCreated++;
            } else {
                tally.callsCreated++;
            }
        }
        tally.checked++;
    }

    private static String describe(RuntimeException e) {
        String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return text.length() > MAX_ERROR ? text.substring(0, MAX_ERROR) + "..." : text;
    }

    /** One text or call to apply, with when it happened. */
    private record Item(String name, Instant at, boolean message, Supplier<RecordOutcome> apply) {
    }

    /** The counts of one run so far. */
    private static final class Tally {
        private int checked;
        private int messagesCreated;
        private int callsCreated;
        private int alreadyKnown;
        private final List<ReconcileReport.Failure> failures = new ArrayList<>();

        void failed(KnownConversation conversation, String error) {
            failures.add(new ReconcileReport.Failure(conversation.contact(), conversation.phone(), error));
        }

        ReconcileReport report(String stoppedBy) {
            return new ReconcileReport(checked, messagesCreated, callsCreated, alreadyKnown, failures, stoppedBy);
        }
    }
}
