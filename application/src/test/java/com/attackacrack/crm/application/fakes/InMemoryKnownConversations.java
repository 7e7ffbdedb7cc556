package com.attackacrack.crm.application.fakes;

import com.attackacrack.crm.application.port.out.KnownConversation;
import com.attackacrack.crm.application.port.out.KnownConversations;
import java.util.ArrayList;
import java.util.List;

/** Test fake of {@link KnownConversations}: the conversations given, in the order given (newest activity first). */
public final class InMemoryKnownConversations implements KnownConversations {

    private final List<KnownConversation> conversations = new ArrayList<>();
    private final List<Integer> limits = new ArrayList<>();

    /** Adds a conversation after those given before (so with older activity). */
    public synchronized InMemoryKnownConversations add(KnownConversation conversation) {
        conversations.add(conversation);
        return this;
    }

    /** The limits asked for, in order. */
    public synchronized List<Integer> limits() {
        return List.copyOf(limits);
    }

    @Override
    public synchronized List<KnownConversation> all(int limit) {
        limits.add(limit);
        return List.copyOf(conversations.subList(0, Math.min(limit, conversations.size())));
    }
}
