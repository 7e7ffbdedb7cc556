package com.attackacrack.crm.application.fakes;

import com.attackacrack.crm.application.port.out.WebhookEventRepository;
import com.attackacrack.crm.domain.webhook.StoredWebhookEvent;
import com.attackacrack.crm.domain.webhook.StoredWebhookEvent.Status;
import com.attackacrack.crm.domain.webhook.WebhookEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** Test fake of {@link WebhookEventRepository}: events kept once by event id with row ids from 1, rejections in order. */
public final class InMemoryWebhookEventRepository implements WebhookEventRepository {

    /** A rejected delivery as stored. */
    public record Rejection(String rawBody, String reason, Instant receivedAt) {
    }

    private final Map<Long, StoredWebhookEvent> events = new LinkedHashMap<>();
    private final List<Rejection> rejections = new ArrayList<>();

    @Override
    public synchronized OptionalLong store(WebhookEvent event) {
        if (findByEventId(event.eventId()).isPresent()) {
            return OptionalLong.empty();
        }
        long id = events.size() + 1L;
        events.put(id, new StoredWebhookEvent(id, event, Status.RECEIVED, 0, null, null));
        return OptionalLong.of(id);
    }

    @Override
    public synchronized Optional<StoredWebhookEvent> find(long id) {
        return Optional.ofNullable(events.get(id));
    }

    @Override
    public synchronized Optional<StoredWebhookEvent> findByEventId(String eventId) {
        return events.values().stream().filter(e -> e.event().eventId().equals(eventId)).findFirst();
    }

    @Override
    public synchronized void markProcessed(long id, Instant now) {
        StoredWebhookEvent e = events.get(id);
        events.put(id, new StoredWebhookEvent(id, e.event(), Status.PROCESSED, e.attempts() + 1, null, now));
    }

    @Override
    public synchronized void markFailed(long id, String error, boolean dead) {
        StoredWebhookEvent e = events.get(id);
        events.put(id, new StoredWebhookEvent(id, e.event(), dead ? Status.DEAD : Status.FAILED, e.attempts() + 1,
                error, null));
    }

    @Override
    public synchronized boolean requeue(long id) {
        StoredWebhookEvent e = events.get(id);
        if (e == null || e.status() == Status.PROCESSED) {
            return false;
        }
        events.put(id, new StoredWebhookEvent(id, e.event(), Status.RECEIVED, 0, e.lastError(), null));
        return true;
    }

    @Override
    public synchronized List<StoredWebhookEvent> deadLetters(int limit) {
        return events.values().stream().filter(e -> e.status() == Status.DEAD)
                .sorted(Comparator.comparing((StoredWebhookEvent e) -> e.event().receivedAt()).reversed())
                .limit(limit).toList();
    }

    @Override
    public synchronized long countDead() {
        return events.values().stream().filter(e -> e.status() == Status.DEAD).count();
    }

    @Override
    public synchronized List<Long> waiting(Instant before, int limit) {
        return events.values().stream()
                .filter(e -> e.status() == Status.RECEIVED && e.event().receivedAt().isBefore(before))
                .map(StoredWebhookEvent::id).limit(limit).toList();
    }

    @Override
    public synchronized void storeRejected(String rawBody, String reason, Instant receivedAt) {
        rejections.add(new Rejection(rawBody, reason, receivedAt));
    }

    @Override
    public synchronized Optional<Instant> lastReceivedAt() {
        return events.values().stream().map(e -> e.event().receivedAt()).max(Comparator.naturalOrder());
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
        return events.values().stream().map(StoredWebhookEvent::event).toList();
    }

    public synchronized List<Rejection> rejections() {
        return List.copyOf(rejections);
    }
}
