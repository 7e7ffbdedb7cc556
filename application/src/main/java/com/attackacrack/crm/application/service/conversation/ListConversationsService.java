package com.attackacrack.crm.application.service.conversation;

import com.attackacrack.crm.application.port.in.conversation.ListConversationsUseCase;
import com.attackacrack.crm.application.port.out.ConversationRepository;
import com.attackacrack.crm.domain.conversation.ConversationSummary;
import com.attackacrack.crm.domain.conversation.InboxFilter;
import com.attackacrack.crm.domain.shared.Page;
import com.attackacrack.crm.domain.shared.PageRequest;
import java.util.Objects;

/** Reads one page of the conversations inbox, newest activity first. */
public final class ListConversationsService implements ListConversationsUseCase {

    private final ConversationRepository conversations;

    public ListConversationsService(ConversationRepository conversations) {
        this.conversations = Objects.requireNonNull(conversations, "conversations");
    }

    @Override
    public Page<ConversationSummary> list(InboxFilter filter, PageRequest page) {
        return conversations.inbox(Objects.requireNonNull(filter, "filter"), Objects.requireNonNull(page, "page"));
    }
}
