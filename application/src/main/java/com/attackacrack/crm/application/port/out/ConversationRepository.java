package com.attackacrack.crm.application.port.out;

import com.attackacrack.crm.domain.contact.ContactId;
import com.attackacrack.crm.domain.conversation.CallArtifact;
import com.attackacrack.crm.domain.conversation.ConversationSummary;
import com.attackacrack.crm.domain.conversation.InboxFilter;
import com.attackacrack.crm.domain.conversation.MessageId;
import com.attackacrack.crm.domain.conversation.MessageStatus;
import com.attackacrack.crm.domain.conversation.ProviderCall;
import com.attackacrack.crm.domain.conversation.ProviderMessage;
import com.attackacrack.crm.domain.conversation.TimelineEntry;
import com.attackacrack.crm.domain.shared.Page;
import com.attackacrack.crm.domain.shared.PageRequest;
import com.attackacrack.crm.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Keeps each contact's conversation: texts and calls recorded once per provider id (the database's unique
 * constraints decide), statuses that only move forward, call attachments keyed by the provider's call id so they can
 * arrive before the call, unread state, and the inbox and timeline read from them.
 */
public interface ConversationRepository {

    /**
     * Records the provider's report of a text for the contact: inserts it when its provider id is new (an outbound
     * report first claims a queued message of the same contact and body that has no provider id yet, so a delivery
     * report racing the send's answer does not make a second copy); otherwise moves its status forward and fills the
     * carrier error. An inbound text counts as unread. Updates the conversation's last activity and preview.
     */
    RecordOutcome recordMessage(ContactId contact, ProviderMessage message, Instant now);

    /** Records the provider's report of a call: inserts it when new, else moves its status forward and fills what was missing. */
    RecordOutcome recordCall(ContactId contact, ProviderCall call, Instant now);

    /** Stores the call's recording, summary, transcript or voicemail (one of each kind per call; a repeat changes nothing). */
    RecordOutcome recordArtifact(CallArtifact artifact, Instant now);

    /** Saves a text typed in the thread as queued, with who sent it; returns its id. */
    MessageId queueOutbound(ContactId contact, String body, UserId sentBy, Instant now);

    /** The outbound text with its recipient's number, if there is one with this id. */
    Optional<OutboundMessage> findOutbound(MessageId id);

    /** Records the provider's id and status for a queued text; false when it was no longer queued. */
    boolean markAccepted(MessageId id, String providerId, MessageStatus status, Instant now);

    /** Marks a queued text failed with the provider's code (may be null) and reason; false when it was no longer queued. */
    boolean markFailed(MessageId id, String errorCode, String errorMessage, Instant now);

    /** One page of conversations, newest activity first, with the total that match. */
    Page<ConversationSummary> inbox(InboxFilter filter, PageRequest page);

    /** The newest {@code limit} entries of the contact's timeline, returned oldest first. */
    List<TimelineEntry> timeline(ContactId contact, int limit);

    /** Marks everything in the contact's conversation read. */
    void markRead(ContactId contact, Instant now);
}
