package com.attackacrack.crm.application.fakes;

import com.attackacrack.crm.application.port.out.WebhookEventRepository;
import com.attackacrack.crm.domain.webhook.WebhookEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Test fake of {@link WebhookEventRepository}: events kept once by event id, rejections in arrival order. */
public final class InMemoryWebhookEventRepository implements WebhookEventRepository {

    /** A rejected delivery as stored. */
    public record Rejection(String rawBody, String reason, Instant receivedAt) {
    }

    private final Map<String, WebhookEvent> events = new LinkedHashMap<>();
    private final List<Rejection> rejections = new ArrayList<>();

    @Override
    public synchronized boolean storeOnce(WebhookEvent event) {
        return events.putIfAbsent(event.eventId(), event) == null;
    }

    @Override
    public synchronized void storeRejected(String rawBody, String reason, Instant receivedAt) {
        rejections.add(new Rejection(rawBody, reason, receivedAt));
    }

    @Override
    public synchronized Optional<Instant> lastReceivedAt() {
        return events.values().stream().map(WebhookEvent::receivedAt).max(Comparator.naturalOrder());
    }

    @Override
    public synchronized long countStored() {
        return events.size();
    }

    @Override
    public synchronized long countRejected() {
        return rejections.size();
    }

    public synchronized List<WebhookEvent> events() {
        return List.copyOf(events.values());
    }

    public synchronized List<Rejection> rejections() {
        return List.copyOf(rejections);
    }
}
