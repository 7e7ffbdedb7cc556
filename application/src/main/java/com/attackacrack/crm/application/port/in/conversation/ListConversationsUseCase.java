package com.attackacrack.crm.application.port.in.conversation;

import com.attackacrack.crm.domain.conversation.ConversationSummary;
import com.attackacrack.crm.domain.conversation.InboxFilter;
import com.attackacrack.crm.domain.shared.Page;
import com.attackacrack.crm.domain.shared.PageRequest;

/** The conversations inbox: one row per contact with activity, newest first, searchable and filterable. */
public interface ListConversationsUseCase {

    /** One page of the inbox with the total that match. */
    Page<ConversationSummary> list(InboxFilter filter, PageRequest page);
}
