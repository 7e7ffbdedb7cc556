package com.attackacrack.crm.adapters.out.persistence;

import com.attackacrack.crm.application.port.out.ConversationRepository;
import com.attackacrack.crm.application.port.out.OutboundMessage;
import com.attackacrack.crm.application.port.out.RecordOutcome;
import com.attackacrack.crm.domain.contact.ContactId;
import com.attackacrack.crm.domain.conversation.CallArtifact;
import com.attackacrack.crm.domain.conversation.ConversationSummary;
import com.attackacrack.crm.domain.conversation.InboxFilter;
import com.attackacrack.crm.domain.conversation.MessageDirection;
import com.attackacrack.crm.domain.conversation.MessageId;
import com.attackacrack.crm.domain.conversation.MessageStatus;
import com.attackacrack.crm.domain.conversation.ProviderCall;
import com.attackacrack.crm.domain.conversation.ProviderMessage;
import com.attackacrack.crm.domain.conversation.TimelineEntry;
import com.attackacrack.crm.domain.shared.Page;
import com.attackacrack.crm.domain.shared.PageRequest;
import com.attackacrack.crm.domain.shared.PhoneNumber;
import com.attackacrack.crm.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Conversations, texts, calls and call attachments in PostgreSQL (V10). Every write to a contact's conversation first
 * locks the contact row, so recording a provider report (look up by provider id, claim a queued text, insert) never
 * races another report for that contact; the unique provider ids still decide between contacts. A text's status only
 * moves forward ({@link MessageStatus#canAdvanceTo}); a new inbound text adds one unread. The SQL for texts is in
 * {@link MessageRows}, calls in {@link CallRecords}, the inbox and timeline in {@link ConversationReads}.
 */
public final class JdbiConversationRepository implements ConversationRepository {

    /** How far back an outbound report looks for the queued text it is the provider's copy of. */
    static final Duration CLAIM_WINDOW = Duration.ofHours(24);

    private final Jdbi jdbi;

    /** A repository on the process's one Jdbi (so that it joins {@link JdbiTransactionRunner} transactions). */
    public JdbiConversationRepository(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    @Override
    public RecordOutcome recordMessage(ContactId contact, ProviderMessage message, Instant now) {
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(now, "now");
        return jdbi.inTransaction(handle -> {
            Conversations.lockContact(handle, contact);
            Optional<MessageRow> known = MessageRows.byProviderId(handle, message.providerId());
            if (known.isPresent()) {
                return MessageRows.advance(handle, known.get(), message.status(), message.errorCode(),
                        message.errorMessage(), now);
            }
            long conversation = Conversations.conversationOf(handle, contact, message.createdAt());
            if (message.direction() == MessageDirection.OUTBOUND) {
                Optional<MessageRow> queued = MessageRows.unclaimed(handle, contact, message.text(),
                        message.createdAt().minus(CLAIM_WINDOW));
                if (queued.isPresent()) {
                    MessageRows.claim(handle, queued.get(), message, now);
                    return RecordOutcome.UPDATED;
                }
            }
            if (!MessageRows.insert(handle, conversation, contact, message, now)) {
                MessageRow other = MessageRows.byProviderId(handle, message.providerId()).orElseThrow();
                return MessageRows.advance(handle, other, message.status(), message.errorCode(),
                        message.errorMessage(), now);
            }
            boolean inbound = message.direction() == MessageDirection.INBOUND;
            Conversations.touch(handle, conversation, contact, new Conversations.Activity(message.createdAt(),
                    Conversations.messagePreview(message.text(), message.media()), message.direction(), false,
                    !message.media().isEmpty(), inbound ? 1 : 0));
            return RecordOutcome.CREATED;
        });
    }

    @Override
    public RecordOutcome recordCall(ContactId contact, ProviderCall call, Instant now) {
        return CallRecords.record(jdbi, contact, call, now);
    }

    @Override
    public RecordOutcome recordArtifact(CallArtifact artifact, Instant now) {
        return CallRecords.recordArtifact(jdbi, artifact, now);
    }

    @Override
    public MessageId queueOutbound(ContactId contact, String body, UserId sentBy, Instant now) {
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(now, "now");
        return jdbi.inTransaction(handle -> {
            Conversations.lockContact(handle, contact);
            long conversation = Conversations.conversationOf(handle, contact, now);
            long id = handle.createQuery("""
                            insert into messages (conversation_id, contact_id, direction, body, status, sent_by,
                                                  created_at, recorded_at, status_at)
                            values (:conversation, :contact, 'outbound', :body, 'queued', :sentBy, :now, :now, :now)
                            returning id
                            """)
                    .bind("conversation", conversation)
                    .bind("contact", contact.value())
                    .bind("body", body)
                    .bind("sentBy", sentBy == null ? null : sentBy.value())
                    .bind("now", now)
                    .mapTo(Long.class)
                    .one();
            Conversations.touch(handle, conversation, contact, new Conversations.Activity(now,
                    Conversations.messagePreview(body, List.of()), MessageDirection.OUTBOUND, false, false, 0));
            return new MessageId(id);
        });
    }

    @Override
    public Optional<OutboundMessage> findOutbound(MessageId id) {
        Objects.requireNonNull(id, "id");
        return jdbi.withHandle(handle -> handle.createQuery("""
                        select m.id, m.contact_id, c.phone, m.body, m.status, m.provider_id
                        from messages m join contacts c on c.id = m.contact_id
                        where m.id = :id and m.direction = 'outbound' and c.phone is not null
                        """)
                .bind("id", id.value())
                .map((rs, ctx) -> new OutboundMessage(new MessageId(rs.getLong("id")),
                        new ContactId(rs.getLong("contact_id")), new PhoneNumber(rs.getString("phone")),
                        rs.getString("body"), MessageStatus.ofProvider(rs.getString("status")),
                        rs.getString("provider_id")))
                .findOne());
    }

    @Override
    public boolean markAccepted(MessageId id, String providerId, MessageStatus status, Instant now) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(providerId, "providerId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(now, "now");
        return jdbi.inTransaction(handle -> {
            Optional<Long> contact = handle.createQuery("select contact_id from messages where id = :id")
                    .bind("id", id.value()).mapTo(Long.class).findOne();
            if (contact.isEmpty()) {
                return false;
            }
            Conversations.lockContact(handle, new ContactId(contact.get()));
            return MessageRows.accept(handle, MessageRows.byId(handle, id.value()), providerId, status, now);
        });
    }

    @Override
    public boolean markFailed(MessageId id, String errorCode, String errorMessage, Instant now) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(now, "now");
        return jdbi.withHandle(handle -> handle.createUpdate("""
                        update messages set status = 'failed', error_code = :code, error_message = :message,
                                            status_at = :now
                        where id = :id and status = 'queued' and provider_id is null
                        """)
                .bind("id", id.value())
                .bind("code", errorCode)
                .bind("message", errorMessage)
                .bind("now", now)
                .execute()) == 1;
    }

    @Override
    public Page<ConversationSummary> inbox(InboxFilter filter, PageRequest page) {
        return ConversationReads.inbox(jdbi, filter == null ? InboxFilter.all() : filter, page);
    }

    @Override
    public List<TimelineEntry> timeline(ContactId contact, int limit) {
        Objects.requireNonNull(contact, "contact");
        return ConversationReads.timeline(jdbi, contact, limit);
    }

    @Override
    public void markRead(ContactId contact, Instant now) {
        Objects.requireNonNull(contact, "contact");
        jdbi.useHandle(handle -> handle.createUpdate(
                        "update conversations set unread = 0 where contact_id = :contact and unread <> 0")
                .bind("contact", contact.value())
                .execute());
    }

    /** A text's row as the write paths need it: id, status and provider id. */
    record MessageRow(long id, MessageStatus status, String providerId) {
    }
}
