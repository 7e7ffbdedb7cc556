package com.attackacrack.crm.adapters.in.web.support;

import com.attackacrack.crm.application.port.in.integration.GetIntegrationStatusUseCase;
import com.attackacrack.crm.application.port.in.integration.IntegrationStatus;
import com.attackacrack.crm.application.port.in.webhook.ListDeadLettersUseCase;
import com.attackacrack.crm.application.port.in.webhook.ReplayWebhookUseCase;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import com.attackacrack.crm.domain.webhook.StoredWebhookEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The integration status, dead-letter and replay in-ports answering whatever a test sets; records calls. A replayed
 * dead letter leaves the list (it is waiting to be processed again).
 */
public final class FakeIntegrations implements GetIntegrationStatusUseCase, ListDeadLettersUseCase, ReplayWebhookUseCase {

    /** The webhook URL of the default status. */
    public static final String WEBHOOK_URL = "https://crm.example.com/webhooks/openphone";

    private IntegrationStatus status;
    private final Map<Long, StoredWebhookEvent> deadLetters = new LinkedHashMap<>();
    private final List<String> calls = new ArrayList<>();
    private RuntimeException replayFailure;

    public FakeIntegrations() {
        reset();
    }

    /** Back to nothing configured and nothing received. */
    public synchronized FakeIntegrations reset() {
        status = new IntegrationStatus(false, false, null, false, WEBHOOK_URL, Optional.empty(), 0, 0);
        deadLetters.clear();
        calls.clear();
        replayFailure = null;
        return this;
    }

    public synchronized void set(IntegrationStatus next) {
        status = next;
    }

    public synchronized void addDeadLetter(StoredWebhookEvent event) {
        deadLetters.put(event.id(), event);
    }

    /** The next replays fail with this. */
    public synchronized void failReplaysWith(RuntimeException failure) {
        replayFailure = failure;
    }

    public synchronized List<String> calls() {
        return List.copyOf(calls);
    }

    @Override
    public synchronized IntegrationStatus status() {
        calls.add("status");
        return status;
    }

    @Override
    public synchronized List<StoredWebhookEvent> deadLetters(int limit) {
        calls.add("deadLetters " + limit);
        return deadLetters.values().stream().limit(limit).toList();
    }

    @Override
    public synchronized StoredWebhookEvent replay(long id) {
        calls.add("replay " + id);
        if (replayFailure != null) {
            throw replayFailure;
        }
        StoredWebhookEvent dead = deadLetters.remove(id);
        if (dead == null) {
            throw BusinessRuleException.notFound("No webhook event with id " + id + ".");
        }
        return new StoredWebhookEvent(dead.id(), dead.event(), StoredWebhookEvent.Status.RECEIVED, dead.attempts(), null, null);
    }

    @Override
    public synchronized StoredWebhookEvent replayByEventId(String eventId) {
        throw new UnsupportedOperationException("the web pages replay by row id");
    }
}
