package com.attackacrack.crm.application.service.conversation;

import com.attackacrack.crm.application.port.out.ContactRepository;
import com.attackacrack.crm.application.port.out.ConversationRepository;
import com.attackacrack.crm.application.port.out.Job;
import com.attackacrack.crm.application.port.out.OperationsMetrics;
import com.attackacrack.crm.application.port.out.OutboundMessage;
import com.attackacrack.crm.application.port.out.OutboundSms;
import com.attackacrack.crm.application.port.out.PermanentJobFailure;
import com.attackacrack.crm.application.port.out.SmsGateway;
import com.attackacrack.crm.application.port.out.SmsSendResult;
import com.attackacrack.crm.application.port.out.SuppressionRepository;
import com.attackacrack.crm.application.port.out.TransactionRunner;
import com.attackacrack.crm.application.service.jobs.JobHandler;
import com.attackacrack.crm.domain.contact.Contact;
import com.attackacrack.crm.domain.conversation.MessageId;
import com.attackacrack.crm.domain.conversation.MessageStatus;
import java.time.Clock;
import java.util.Objects;

/**
 * Sends one queued reply ({@code message.send} jobs) through the SMS gateway, at most once: a message no longer
 * queued is left alone, the opt-out rules are checked again at send time, and a send that failed is marked failed
 * rather than retried (the gateway already retried, and after a timeout the text may have gone out).
 */
public final class SendMessageHandler implements JobHandler {

    static final String SUPPRESSED = "suppressed";

    private final ConversationRepository conversations;
    private final ContactRepository contacts;
    private final SuppressionRepository suppressions;
    private final SmsGateway gateway;
    private final TransactionRunner transactions;
    private final Clock clock;
    private final OperationsMetrics metrics;

    public SendMessageHandler(ConversationRepository conversations, ContactRepository contacts,
                              SuppressionRepository suppressions, SmsGateway gateway, TransactionRunner transactions,
                              Clock clock) {
        this(conversations, contacts, suppressions, gateway, transactions, clock, OperationsMetrics.NONE);
    }

    /** A handler reporting each gateway answer to {@code metrics}. */
    public SendMessageHandler(ConversationRepository conversations, ContactRepository contacts,
                              SuppressionRepository suppressions, SmsGateway gateway, TransactionRunner transactions,
                              Clock clock, OperationsMetrics metrics) {
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.conversations = Objects.requireNonNull(conversations, "conversations");
        this.contacts = Objects.requireNonNull(contacts, "contacts");
        this.suppressions = Objects.requireNonNull(suppressions, "suppressions");
        this.gateway = Objects.requireNonNull(gateway, "gateway");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public String jobType() {
        return MessageJob.TYPE;
    }

    @Override
    public void handle(Job job) {
        MessageId id = MessageJob.messageId(job);
        OutboundMessage message = conversations.findOutbound(id)
                .orElseThrow(() -> new PermanentJobFailure("message " + id + " does not exist"));
        if (message.status() != MessageStatus.QUEUED || message.providerId() != null) {
            return;
        }
        if (message.to() == null) {
            transactions.inTransaction(() -> conversations.markFailed(id, null,
                    "Not sent: the contact no longer has a phone number", clock.instant()));
            return;
        }
        String refusal = ReplyRules.cannotSendReason(message.to(),
                contacts.findById(message.contactId()).flatMap(Contact::optedOut), suppressions.suppression(message.to()));
        if (refusal != null) {
            transactions.inTransaction(() -> conversations.markFailed(id, SUPPRESSED, refusal, clock.instant()));
            return;
        }
        SmsSendResult result = gateway.send(new OutboundSms(message.to(), message.body()));
        metrics.smsSent(OperationsMetrics.SmsKind.REPLY, result.outcome());
        transactions.inTransaction(() -> record(id, result));
    }

    private boolean record(MessageId id, SmsSendResult result) {
        return switch (result.outcome()) {
            case ACCEPTED -> conversations.markAccepted(id, result.providerMessageId(), acceptedStatus(result),
                    clock.instant());
            case REJECTED -> conversations.markFailed(id, result.failureCode(), result.failureReason(), clock.instant());
            // the gateway's reason says when the text may have reached OpenPhone anyway
            case FAILED -> conversations.markFailed(id, null, "Not sent: " + result.failureReason(), clock.instant());
        };
    }

    /** The provider's status word; unknown words, and its own "queued", count as sent (it has the message now). */
    private static MessageStatus acceptedStatus(SmsSendResult result) {
        try {
            MessageStatus status = MessageStatus.ofProvider(result.providerStatus());
            return status == MessageStatus.QUEUED || status == MessageStatus.RECEIVED ? MessageStatus.SENT : status;
        } catch (IllegalArgumentException e) {
            return MessageStatus.SENT;
        }
    }
}
