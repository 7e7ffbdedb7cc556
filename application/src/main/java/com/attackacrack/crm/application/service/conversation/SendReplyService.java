package com.attackacrack.crm.application.service.conversation;

import com.attackacrack.crm.application.port.in.conversation.SendReplyCommand;
import com.attackacrack.crm.application.port.in.conversation.SendReplyUseCase;
import com.attackacrack.crm.application.port.out.ContactRepository;
import com.attackacrack.crm.application.port.out.ConversationRepository;
import com.attackacrack.crm.application.port.out.JobQueue;
import com.attackacrack.crm.application.port.out.OutboundSms;
import com.attackacrack.crm.application.port.out.SuppressionRepository;
import com.attackacrack.crm.application.port.out.TransactionRunner;
import com.attackacrack.crm.domain.contact.Contact;
import com.attackacrack.crm.domain.conversation.MessageId;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import com.attackacrack.crm.domain.shared.PhoneNumber;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks a reply against the texting rules, saves it as queued in one transaction and, after the commit, hands it
 * to a worker ({@code message.send}). When the queue cannot take it the message is marked failed with a reason that
 * says to send it again, so it is never left queued with nobody to send it.
 */
public final class SendReplyService implements SendReplyUseCase {

    private static final Logger LOG = LoggerFactory.getLogger(SendReplyService.class);

    private final ContactRepository contacts;
    private final ConversationRepository conversations;
    private final SuppressionRepository suppressions;
    private final JobQueue jobs;
    private final TransactionRunner transactions;
    private final Clock clock;

    public SendReplyService(ContactRepository contacts, ConversationRepository conversations,
                            SuppressionRepository suppressions, JobQueue jobs, TransactionRunner transactions,
                            Clock clock) {
        this.contacts = Objects.requireNonNull(contacts, "contacts");
        this.conversations = Objects.requireNonNull(conversations, "conversations");
        this.suppressions = Objects.requireNonNull(suppressions, "suppressions");
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public MessageId reply(SendReplyCommand command) {
        Objects.requireNonNull(command, "command");
        MessageId id = transactions.inTransaction(() -> {
            Contact contact = contacts.findById(command.contact())
                    .orElseThrow(() -> BusinessRuleException.notFound("No contact with id " + command.contact()));
            PhoneNumber phone = contact.details().phone();
            String refusal = ReplyRules.cannotReplyReason(contact,
                    phone == null ? Optional.empty() : suppressions.suppression(phone));
            if (refusal != null) {
                throw BusinessRuleException.invalid(refusal);
            }
            OutboundSms checked = new OutboundSms(phone, command.body());
            return conversations.queueOutbound(contact.id(), checked.body(), command.sentBy(), clock.instant());
        });
        try {
            jobs.enqueue(MessageJob.request(id));
        } catch (RuntimeException e) {
            LOG.warn("Message {} could not be queued for sending; marking it failed", id, e);
            transactions.inTransaction(() -> conversations.markFailed(id, null,
                    "Not sent: the sending queue could not be reached; send it again", clock.instant()));
        }
        return id;
    }
}
