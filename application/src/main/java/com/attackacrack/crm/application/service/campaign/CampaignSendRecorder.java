package com.attackacrack.crm.application.service.campaign;

import com.attackacrack.crm.application.port.out.CampaignSending;
import com.attackacrack.crm.application.port.out.ConversationRepository;
import com.attackacrack.crm.application.port.out.TransactionRunner;
import com.attackacrack.crm.domain.contact.ContactId;
import com.attackacrack.crm.domain.conversation.MessageDirection;
import com.attackacrack.crm.domain.conversation.MessageStatus;
import com.attackacrack.crm.domain.conversation.ProviderMessage;
import com.attackacrack.crm.domain.shared.PhoneNumber;
import java.time.Instant;
import java.util.List;

/**
 * Records a campaign text the provider has, in one transaction: the outbound message in the contact's conversation
 * (once per provider id) and the recipient marked sent with that id, which also attaches the message to the campaign.
 */
final class CampaignSendRecorder {

    private final CampaignSending sending;
    private final ConversationRepository conversations;
    private final TransactionRunner transactions;

    CampaignSendRecorder(CampaignSending sending, ConversationRepository conversations, TransactionRunner transactions) {
        this.sending = sending;
        this.conversations = conversations;
        this.transactions = transactions;
    }

    /** The text that went out; {@code status} is the provider's (queued counts as sent), {@code createdAt} its time. */
    boolean accepted(long recipientId, ContactId contactOrNull, PhoneNumber phone, String body, String providerMessageId,
                     MessageStatus status, Instant createdAt, Instant now) {
        MessageStatus recorded = status == MessageStatus.QUEUED || status == MessageStatus.RECEIVED
                ? MessageStatus.SENT : status;
        return transactions.inTransaction(() -> {
            if (contactOrNull != null) {
                conversations.recordMessage(contactOrNull, new ProviderMessage(providerMessageId,
                        MessageDirection.OUTBOUND, null, List.of(phone.e164()), body, List.of(), recorded, null, null,
                        createdAt), now);
            }
            return sending.markSent(recipientId, providerMessageId, now);
        });
    }

    /** The provider's status word for an accepted send; unknown words count as sent (it has the message now). */
    static MessageStatus statusOf(String providerStatus) {
        try {
            return MessageStatus.ofProvider(providerStatus);
        } catch (IllegalArgumentException e) {
            return MessageStatus.SENT;
        }
    }
}
