package com.attackacrack.crm.adapters.in.web.support;

import com.attackacrack.crm.application.port.in.conversation.ConversationThread;
import com.attackacrack.crm.application.port.in.conversation.GetConversationUseCase;
import com.attackacrack.crm.application.port.in.conversation.ListConversationsUseCase;
import com.attackacrack.crm.application.port.in.conversation.SendReplyCommand;
import com.attackacrack.crm.application.port.in.conversation.SendReplyUseCase;
import com.attackacrack.crm.domain.contact.Contact;
import com.attackacrack.crm.domain.contact.ContactId;
import com.attackacrack.crm.domain.conversation.ConversationSummary;
import com.attackacrack.crm.domain.conversation.InboxFilter;
import com.attackacrack.crm.domain.conversation.MessageDirection;
import com.attackacrack.crm.domain.conversation.MessageId;
import com.attackacrack.crm.domain.conversation.MessageStatus;
import com.attackacrack.crm.domain.conversation.OptOutChange;
import com.attackacrack.crm.domain.conversation.TimelineEntry;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import com.attackacrack.crm.domain.shared.Page;
import com.attackacrack.crm.domain.shared.PageRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The conversation in-ports over test-set data: the inbox rows, each contact's timeline (contacts come from
 * {@link FakeContacts}), why replies are refused, the sandbox flag; records every call and the replies sent.
 */
public final class FakeConversations implements ListConversationsUseCase, GetConversationUseCase, SendReplyUseCase {

    private final FakeContacts contacts;
    private final List<ConversationSummary> inbox = new ArrayList<>();
    private final Map<Long, List<TimelineEntry>> timelines = new HashMap<>();
    private final Map<Long, OptOutChange> suppressions = new HashMap<>();
    private final Map<Long, String> refusals = new HashMap<>();
    private final List<String> calls = new ArrayList<>();
    private final List<SendReplyCommand> replies = new ArrayList<>();
    private boolean sandbox;
    private RuntimeException replyFailure;
    private InboxFilter lastFilter;
    private PageRequest lastPage;
    private long nextMessageId = 1000;

    public FakeConversations(FakeContacts contacts) {
        this.contacts = contacts;
    }

    public synchronized void reset() {
        inbox.clear();
        timelines.clear();
        suppressions.clear();
        refusals.clear();
        calls.clear();
        replies.clear();
        sandbox = false;
        replyFailure = null;
        lastFilter = null;
        lastPage = null;
        nextMessageId = 1000;
    }

    public synchronized void addSummary(ConversationSummary summary) {
        inbox.add(summary);
    }

    public synchronized void setTimeline(ContactId contact, List<TimelineEntry> entries) {
        timelines.put(contact.value(), new ArrayList<>(entries));
    }

    public synchronized void suppress(ContactId contact, OptOutChange change) {
        suppressions.put(contact.value(), change);
    }

    public synchronized void refuseReplies(ContactId contact, String reason) {
        refusals.put(contact.value(), reason);
    }

    public synchronized void sandbox(boolean on) {
        sandbox = on;
    }

    /** The next replies fail with this. */
    public synchronized void failRepliesWith(RuntimeException failure) {
        replyFailure = failure;
    }

    public synchronized List<String> calls() {
        return List.copyOf(calls);
    }

    public synchronized List<SendReplyCommand> replies() {
        return List.copyOf(replies);
    }

    public synchronized InboxFilter lastFilter() {
        return lastFilter;
    }

    public synchronized PageRequest lastPage() {
        return lastPage;
    }

    @Override
    public synchronized Page<ConversationSummary> list(InboxFilter filter, PageRequest page) {
        calls.add("list");
        lastFilter = filter;
        lastPage = page;
        List<ConversationSummary> matching = inbox.stream()
                .filter(it -> !filter.unreadOnly() || it.unread() > 0)
                .filter(it -> !filter.hasCalls() || it.hasCalls())
                .filter(it -> !filter.hasMedia() || it.hasMedia())
                .filter(it -> filter.search() == null || (it.displayName() + " " + it.phone() + " " + it.preview())
                        .toLowerCase(java.util.Locale.ROOT).contains(filter.search().toLowerCase(java.util.Locale.ROOT)))
                .toList();
        int from = (int) Math.min(page.offset(), matching.size());
        int to = Math.min(from + page.size(), matching.size());
        return new Page<>(matching.subList(from, to), matching.size(), page);
    }

    @Override
    public synchronized ConversationThread thread(ContactId contact, int limit, boolean markRead) {
        calls.add("thread " + contact.value() + " " + limit + " " + markRead);
        Contact found = contacts.find(contact).orElseThrow(() -> BusinessRuleException.notFound("No contact with id " + contact));
        List<TimelineEntry> entries = timelines.getOrDefault(contact.value(), List.of());
        List<TimelineEntry> newest = entries.subList(Math.max(0, entries.size() - limit), entries.size());
        return new ConversationThread(found, newest, Optional.ofNullable(suppressions.get(contact.value())),
                refusals.get(contact.value()), sandbox);
    }

    @Override
    public synchronized MessageId reply(SendReplyCommand command) {
        calls.add("reply " + command.contact().value());
        if (replyFailure != null) {
            throw replyFailure;
        }
        replies.add(command);
        MessageId id = new MessageId(nextMessageId++);
        timelines.computeIfAbsent(command.contact().value(), it -> new ArrayList<>()).add(new TimelineEntry.Message(id, null,
                MessageDirection.OUTBOUND, command.body(), List.of(), MessageStatus.QUEUED, null, null, FakeAccounts.NOW,
                "Admin"));
        return id;
    }
}
