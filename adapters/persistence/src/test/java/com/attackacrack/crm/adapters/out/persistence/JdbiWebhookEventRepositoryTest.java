package com.attackacrack.crm.adapters.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.adapters.out.persistence.testing.TestDatabase;
import com.attackacrack.crm.domain.webhook.StoredWebhookEvent;
import com.attackacrack.crm.domain.webhook.StoredWebhookEvent.Status;
import com.attackacrack.crm.domain.webhook.WebhookEvent;
import com.attackacrack.crm.domain.webhook.WebhookEvent.SignatureScheme;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbiWebhookEventRepositoryTest {

    private static final Instant T0 = Instant.parse("2026-03-02T14:03:11Z");
    private static final String BODY = "{\"id\":\"EV1\",\"type\":\"message.received\",\"data\":{\"object\":{\"id\":\"AC1\"}}}";
    private static final int THREADS = 8;

    private final Jdbi jdbi = TestDatabase.shared().jdbi();
    private final JdbiWebhookEventRepository events = new JdbiWebhookEventRepository(jdbi);

    @BeforeEach
    void givenNoEvents() {
        jdbi.useHandle(handle -> handle.execute("truncate webhook_events, webhook_rejections"));
    }

    @Test
    void aNewEventIsStoredWithItsSchemeTypeAndPayload() {
        boolean stored = events.storeOnce(new WebhookEvent("EV1", "message.received", BODY, SignatureScheme.STANDARD, T0));

        assertThat(stored).isTrue();
        Map<String, Object> row = jdbi.withHandle(handle -> handle.createQuery("""
                        select event_id, type, scheme, payload ->> 'id' as payload_id, status, attempts, last_error,
                               received_at = :t0 as at_t0, processed_at
                        from webhook_events
                        """).bind("t0", T0).mapToMap().one());
        assertThat(row).containsEntry("event_id", "EV1").containsEntry("type", "message.received")
                .containsEntry("scheme", "standard").containsEntry("payload_id", "EV1")
                .containsEntry("status", "received").containsEntry("attempts", 0).containsEntry("at_t0", true)
                .containsEntry("last_error", null).containsEntry("processed_at", null);
    }

    @Test
    void aRedeliveryOfTheSameEventStoresNothing() {
        events.storeOnce(new WebhookEvent("EV1", "message.received", BODY, SignatureScheme.LEGACY, T0));

        boolean again = events.storeOnce(new WebhookEvent("EV1", "message.received", BODY, SignatureScheme.STANDARD,
                T0.plusSeconds(30)));

        assertThat(again).isFalse();
        assertThat(count("webhook_events")).isEqualTo(1);
        String scheme = jdbi.withHandle(handle -> handle.createQuery("select scheme from webhook_events")
                .mapTo(String.class).one());
        assertThat(scheme).isEqualTo("legacy");
    }

    @Test
    void eightConcurrentDeliveriesOfOneEventStoreExactlyOneRow() throws Exception {
        CyclicBarrier start = new CyclicBarrier(THREADS);
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        List<Boolean> results = new ArrayList<>();
        try {
            List<Future<Boolean>> futures = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                futures.add(threads.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return events.storeOnce(new WebhookEvent("EVrace", "call.completed", BODY,
                            SignatureScheme.STANDARD, T0));
                }));
            }
            for (Future<Boolean> future : futures) {
                results.add(future.get(30, TimeUnit.SECONDS));
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(results).containsOnlyOnce(true).hasSize(THREADS);
        assertThat(count("webhook_events")).isEqualTo(1);
    }

    @Test
    void aRejectedDeliveryIsKeptWithItsReason() {
        events.storeRejected("{not json", "malformed JSON", T0);

        Map<String, Object> row = jdbi.withHandle(handle -> handle.createQuery(
                "select raw_body, reason, received_at = :t0 as at_t0 from webhook_rejections")
                .bind("t0", T0).mapToMap().one());
        assertThat(row).containsEntry("raw_body", "{not json").containsEntry("reason", "malformed JSON")
                .containsEntry("at_t0", true);
        assertThat(count("webhook_events")).isZero();
    }

    @Test
    void lastReceivedAtIsTheNewestStoredEvent() {
        assertThat(events.lastReceivedAt()).isEmpty();
        events.storeOnce(new WebhookEvent("EV2", "message.delivered", BODY, SignatureScheme.LEGACY, T0.plusSeconds(90)));
        events.storeOnce(new WebhookEvent("EV1", "message.received", BODY, SignatureScheme.LEGACY, T0));
        events.storeRejected("{", "malformed JSON", T0.plusSeconds(600));

        assertThat(events.lastReceivedAt()).contains(T0.plusSeconds(90));
    }

    @Test
    void theCountsAreTheStoredEventsAndTheRejectedDeliveries() {
        assertThat(events.countStored()).isZero();
        assertThat(events.countRejected()).isZero();
        events.storeOnce(new WebhookEvent("EV1", "message.received", BODY, SignatureScheme.LEGACY, T0));
        events.storeOnce(new WebhookEvent("EV2", "message.delivered", BODY, SignatureScheme.STANDARD, T0.plusSeconds(5)));
        events.storeOnce(new WebhookEvent("EV1", "message.received", BODY, SignatureScheme.STANDARD, T0.plusSeconds(9)));
        events.storeRejected("{", "malformed JSON", T0);

        assertThat(events.countStored()).isEqualTo(2);
        assertThat(events.countRejected()).isEqualTo(1);
    }

    @Test
    void storeReturnsTheRowIdOnceAndTheStoredEventIsFoundByIdAndEventId() {
        OptionalLong id = events.store(new WebhookEvent("EV1", "message.received", BODY, SignatureScheme.STANDARD, T0));
        OptionalLong again = events.store(new WebhookEvent("EV1", "message.received", BODY, SignatureScheme.LEGACY, T0));

        assertThat(id).isPresent();
        assertThat(again).isEmpty();
        StoredWebhookEvent stored = events.find(id.getAsLong()).orElseThrow();
        assertThat(stored.id()).isEqualTo(id.getAsLong());
        assertThat(stored.event().eventId()).isEqualTo("EV1");
        assertThat(stored.event().type()).isEqualTo("message.received");
        assertThat(stored.event().scheme()).isEqualTo(SignatureScheme.STANDARD);
        assertThat(stored.event().receivedAt()).isEqualTo(T0);
        assertThat(stored.event().payload()).contains("\"AC1\"");
        assertThat(stored.status()).isEqualTo(Status.RECEIVED);
        assertThat(stored.attempts()).isZero();
        assertThat(events.findByEventId("EV1")).contains(stored);
        assertThat(events.findByEventId("EV2")).isEmpty();
        assertThat(events.find(id.getAsLong() + 1)).isEmpty();
    }

    @Test
    void processingCountsAttemptsAndClearsTheError() {
        long id = store("EV1", T0);

        events.markFailed(id, "database down", false);
        StoredWebhookEvent failed = events.find(id).orElseThrow();
        events.markProcessed(id, T0.plusSeconds(60));
        StoredWebhookEvent processed = events.find(id).orElseThrow();

        assertThat(failed.status()).isEqualTo(Status.FAILED);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).isEqualTo("database down");
        assertThat(processed.status()).isEqualTo(Status.PROCESSED);
        assertThat(processed.attempts()).isEqualTo(2);
        assertThat(processed.lastError()).isNull();
        assertThat(processed.processedAt()).isEqualTo(T0.plusSeconds(60));
    }

    @Test
    void deadEventsAreListedNewestFirstCountedAndCanBeRequeuedButAProcessedOneCannot() {
        long older = store("EV1", T0);
        long newer = store("EV2", T0.plusSeconds(10));
        long done = store("EV3", T0.plusSeconds(20));
        events.markFailed(older, "boom 1", true);
        events.markFailed(newer, "boom 2", true);
        events.markProcessed(done, T0.plusSeconds(30));

        assertThat(events.deadLetters(10)).extracting(StoredWebhookEvent::id).containsExactly(newer, older);
        assertThat(events.deadLetters(1)).extracting(StoredWebhookEvent::id).containsExactly(newer);
        assertThat(events.countDead()).isEqualTo(2);

        assertThat(events.requeue(older)).isTrue();
        assertThat(events.requeue(done)).isFalse();
        assertThat(events.requeue(done + 100)).isFalse();

        StoredWebhookEvent requeued = events.find(older).orElseThrow();
        assertThat(requeued.status()).isEqualTo(Status.RECEIVED);
        assertThat(requeued.attempts()).isZero();
        assertThat(events.find(done).orElseThrow().status()).isEqualTo(Status.PROCESSED);
        assertThat(events.countDead()).isEqualTo(1);
    }

    @Test
    void waitingListsReceivedEventsThatArrivedBeforeTheCutOffOldestFirst() {
        long second = store("EV2", T0.plusSeconds(10));
        long first = store("EV1", T0);
        long processed = store("EV3", T0.plusSeconds(5));
        long failed = store("EV4", T0.plusSeconds(6));
        store("EV5", T0.plusSeconds(100));
        events.markProcessed(processed, T0);
        events.markFailed(failed, "boom", false);

        assertThat(events.waiting(T0.plusSeconds(60), 10)).containsExactly(first, second);
        assertThat(events.waiting(T0.plusSeconds(60), 1)).containsExactly(first);
        assertThat(events.waiting(T0, 10)).isEmpty();
    }

    private long store(String eventId, Instant receivedAt) {
        return events.store(new WebhookEvent(eventId, "message.received", BODY, SignatureScheme.STANDARD, receivedAt))
                .orElseThrow();
    }

    private int count(String table) {
        return jdbi.withHandle(handle -> handle.createQuery("select count(*) from " + table).mapTo(Integer.class).one());
    }
}
