package com.attackacrack.crm.adapters.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.adapters.out.persistence.testing.TestDatabase;
import com.attackacrack.crm.domain.webhook.WebhookEvent;
import com.attackacrack.crm.domain.webhook.WebhookEvent.SignatureScheme;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    private int count(String table) {
        return jdbi.withHandle(handle -> handle.createQuery("select count(*) from " + table).mapTo(Integer.class).one());
    }
}
