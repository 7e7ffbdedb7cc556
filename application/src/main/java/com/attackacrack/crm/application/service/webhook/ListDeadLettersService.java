package com.attackacrack.crm.application.service.webhook;

import com.attackacrack.crm.application.port.in.webhook.ListDeadLettersUseCase;
import com.attackacrack.crm.application.port.out.WebhookEventRepository;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import com.attackacrack.crm.domain.webhook.StoredWebhookEvent;
import java.util.List;
import java.util.Objects;

/** Reads the dead webhook events, newest first, for the integration page and the CLI. */
public final class ListDeadLettersService implements ListDeadLettersUseCase {

    /** The most dead letters one call returns. */
    public static final int MAX_LIMIT = 500;

    private final WebhookEventRepository events;

    public ListDeadLettersService(WebhookEventRepository events) {
        this.events = Objects.requireNonNull(events, "events");
    }

    @Override
    public List<StoredWebhookEvent> deadLetters(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw BusinessRuleException.invalid("Show from 1 to " + MAX_LIMIT + " dead letters, not " + limit);
        }
        return events.deadLetters(limit);
    }
}
