package com.attackacrack.crm.application.fakes;

import com.attackacrack.crm.application.port.out.ProviderEventParser;
import com.attackacrack.crm.domain.webhook.ProviderEvent;
import com.attackacrack.crm.domain.webhook.WebhookEvent;
import java.util.HashMap;
import java.util.Map;

/**
 * Test fake of {@link ProviderEventParser} that maps event ids to scripted meanings (or to an unreadable-event error);
 * an event nobody scripted is ignored, as an unknown type would be. Counts the parses.
 */
public final class ScriptedProviderEventParser implements ProviderEventParser {

    private final Map<String, ProviderEvent> meanings = new HashMap<>();
    private final Map<String, String> unreadable = new HashMap<>();
    private int parses;

    /** The event with this id means {@code meaning}. */
    public synchronized ScriptedProviderEventParser given(String eventId, ProviderEvent meaning) {
        meanings.put(eventId, meaning);
        return this;
    }

    /** The event with this id cannot be read: parsing throws IllegalArgumentException with this message. */
    public synchronized ScriptedProviderEventParser unreadable(String eventId, String problem) {
        unreadable.put(eventId, problem);
        return this;
    }

    @Override
    public synchronized ProviderEvent parse(WebhookEvent event) {
        parses++;
        String problem = unreadable.get(event.eventId());
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        ProviderEvent meaning = meanings.get(event.eventId());
        return meaning != null ? meaning : new ProviderEvent.IgnoredEvent(event.type(), "not scripted");
    }

    /** How many events were parsed. */
    public synchronized int parses() {
        return parses;
    }
}
