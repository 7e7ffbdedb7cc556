package com.attackacrack.crm.application.service.conversation;

import com.attackacrack.crm.application.port.in.conversation.ConversationThread;
import com.attackacrack.crm.application.port.in.conversation.GetConversationUseCase;
import com.attackacrack.crm.application.port.out.ContactRepository;
import com.attackacrack.crm.application.port.out.ConversationRepository;
import com.attackacrack.crm.application.port.out.SmsGateway;
import com.attackacrack.crm.application.port.out.SuppressionRepository;
import com.attackacrack.crm.application.port.out.TransactionRunner;
import com.attackacrack.crm.domain.contact.Contact;
import com.attackacrack.crm.domain.contact.ContactId;
import com.attackacrack.crm.domain.conversation.OptOutChange;
import com.attackacrack.crm.domain.conversation.TimelineEntry;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads one contact's conversation thread in one transaction: the timeline, the suppression of their number, why a
 * reply would be refused (the same rules the reply applies), and whether sending goes to the sandbox; marks the
 * conversation read when asked.
 */
public final class GetConversationService implements GetConversationUseCase {

    /** The most timeline entries one thread shows. */
    public static final int MAX_LIMIT = 1_000;

    private final ContactRepository contacts;
    private final ConversationRepository conversations;
    private final SuppressionRepository suppressions;
    private final SmsGateway gateway;
    private final TransactionRunner transactions;
    private final Clock clock;

    public GetConversationService(ContactRepository contacts, ConversationRepository conversations,
                                  SuppressionRepository suppressions, SmsGateway gateway, TransactionRunner transactions,
                                  Clock clock) {
        this.contacts = Objects.requireNonNull(contacts, "contacts");
        this.conversations = Objects.requireNonNull(conversations, "conversations");
        this.suppressions = Objects.requireNonNull(suppressions, "suppressions");
        this.gateway = Objects.requireNonNull(gateway, "gateway");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public ConversationThread thread(ContactId contactId, int limit, boolean markRead) {
        Objects.requireNonNull(contactId, "contactId");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw BusinessRuleException.invalid("Show from 1 to " + MAX_LIMIT + " entries, not " + limit);
        }
        return transactions.inTransaction(() -> {
            Contact contact = contacts.findById(contactId)
                    .orElseThrow(() -> BusinessRuleException.notFound("No contact with id " + contactId));
            List<TimelineEntry> entries = conversations.timeline(contactId, limit);
            Optional<OptOutChange> suppression = contact.details().phone() == null
                    ? Optional.empty() : suppressions.suppression(contact.details().phone());
            if (markRead) {
                conversations.markRead(contactId, clock.instant());
            }
            return new ConversationThread(contact, entries, suppression,
                    ReplyRules.cannotReplyReason(contact, suppression), gateway.sandbox());
        });
    }
}
