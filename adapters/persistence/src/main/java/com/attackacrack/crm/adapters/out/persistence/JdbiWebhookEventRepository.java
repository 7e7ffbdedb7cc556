package com.attackacrack.crm.adapters.out.persistence;

import com.attackacrack.crm.application.port.out.WebhookEventRepository;
import com.attackacrack.crm.domain.webhook.WebhookEvent;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Webhook deliveries in {@code webhook_events} and {@code webhook_rejections} (V9): an event is stored with
 * {@code insert ... on conflict (event_id) do nothing}, so the database decides which of several redeliveries wins.
 */
public final class JdbiWebhookEventRepository implements WebhookEventRepository {

    private final Jdbi jdbi;

    /** A repository on the process's one Jdbi (so that it joins {@link JdbiTransactionRunner} transactions). */
    public JdbiWebhookEventRepository(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    @Override
    public boolean storeOnce(WebhookEvent event) {
        Objects.requireNonNull(event, "event");
        int inserted = jdbi.withHandle(handle -> handle.createUpdate("""
                        insert into webhook_events (event_id, type, scheme, payload, received_at)
                        values (:eventId, :type, :scheme, cast(:payload as jsonb), :receivedAt)
                        on conflict (event_id) do nothing
                        """)
                .bind("eventId", event.eventId())
                .bind("type", event.type())
                .bind("scheme", event.scheme().name().toLowerCase(Locale.ROOT))
                .bind("payload", event.payload())
                .bind("receivedAt", event.receivedAt())
                .execute());
        return inserted == 1;
    }

    @Override
    public void storeRejected(String rawBody, String reason, Instant receivedAt) {
        Objects.requireNonNull(rawBody, "rawBody");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(receivedAt, "receivedAt");
        jdbi.useHandle(handle -> handle.createUpdate("""
                        insert into webhook_rejections (raw_body, reason, received_at)
                        values (:rawBody, :reason, :receivedAt)
                        """)
                .bind("rawBody", withoutNul(rawBody))
                .bind("reason", reason)
                .bind("receivedAt", receivedAt)
                .execute());
    }

    @Override
    public Optional<Instant> lastReceivedAt() {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "select received_at from webhook_events order by received_at desc limit 1")
                .mapTo(OffsetDateTime.class)
                .findOne()
                .map(OffsetDateTime::toInstant));
    }

    @Override
    public long countStored() {
        return count("webhook_events");
    }

    @Override
    public long countRejected() {
        return count("webhook_rejections");
    }

    private long count(String table) {
        return jdbi.withHandle(handle -> handle.createQuery("select count(*) from " + table).mapTo(Long.class).one());
    }

    private static String withoutNul(String text) {
        return text.indexOf('\0') < 0 ? text : text.replace("\0", "\\u0000");
    }
}
