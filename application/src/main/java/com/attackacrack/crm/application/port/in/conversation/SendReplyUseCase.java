package com.attackacrack.crm.application.port.in.conversation;

import com.attackacrack.crm.domain.conversation.MessageId;

/**
 * Sends a reply from a conversation thread: refused with a clear reason (BusinessRuleException) when the contact has
 * no phone, opted out or is on the suppression list; otherwise saved at once as queued and handed to a worker that
 * sends it through the SMS gateway.
 */
public interface SendReplyUseCase {

    /** The queued message's id. */
    MessageId reply(SendReplyCommand command);
}
