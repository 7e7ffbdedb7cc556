package com.attackacrack.crm.application.port.in.conversation;

import com.attackacrack.crm.domain.contact.ContactId;

/** One contact's conversation thread (NOT_FOUND for an unknown contact), optionally marking it read. */
public interface GetConversationUseCase {

    /** The thread's newest {@code limit} entries; marks the conversation read when {@code markRead}. */
    ConversationThread thread(ContactId contact, int limit, boolean markRead);
}
