package com.attackacrack.crm.adapters.out.persistence;

import com.attackacrack.crm.application.port.out.WebhookEventRepository;
import com.attackacrack.crm.domain.webhook.StoredWebhookEvent;
import com.attackacrack.crm.domain.webhook.StoredWebhookEvent.Status;
import com.attackacrack.crm.domain.webhook.WebhookEvent;
import com.attackacrack.crm.domain.webhook.WebhookEvent.SignatureScheme;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Webhook deliveries in {@code webhook_events} and {@code webhook_rejections} (V9): an event is stored with
 * {@code insert ... on conflict (event_id) do nothing}, so the database decides which of several redeliveries wins;
 * processing moves an event received → processed, or failed → dead, and an operator can requeue a failed or dead one.
 */
public final class JdbiWebhookEventRepository implements WebhookEventRepository {

    private static final String SELECT = """
            select id, event_id, type, scheme, payload::text as payload, status, attempts, last_error, received_at,
                   processed_at
            from webhook_events""";

    private final Jdbi jdbi;

    /** A repository on the process's one Jdbi (so that it joins {@link JdbiTransactionRunner} transactions). */
    public JdbiWebhookEventRepository(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    @Override
    public OptionalLong store(WebhookEvent event) {
        Objects.requireNonNull(event, "event");
        Optional<Long> id = jdbi.withHandle(handle -> handle.createQuery("""
                        insert into webhook_events (event_id, type, scheme, payload, received_at)
                        values (:eventId, :type, :scheme, cast(:payload as jsonb), :receivedAt)
                        on conflict (event_id) do nothing
                        returning id
                        """)
                .bind("eventId", event.eventId())
                .bind("type", event.type())
                .bind("scheme", event.scheme().name().toLowerCase(Locale.ROOT))
                .bind("payload", event.payload())
                .bind("receivedAt", event.receivedAt())
                .mapTo(Long.class)
                .findOne());
        return id.map(OptionalLong::of).orElseGet(OptionalLong::empty);
    }

    @Override
    public Optional<StoredWebhookEvent> find(long id) {
        return jdbi.withHandle(handle -> handle.createQuery(SELECT + " where id = :id")
                .bind("id", id)
                .map(JdbiWebhookEventRepository::stored)
                .findOne());
    }

    @Override
    public Optional<StoredWebhookEvent> findByEventId(String eventId) {
        Objects.requireNonNull(eventId, "eventId");
        return jdbi.withHandle(handle -> handle.createQuery(SELECT + " where event_id = :eventId")
                .bind("eventId", eventId)
                .map(JdbiWebhookEventRepository::stored)
                .findOne());
    }

    @Override
    public void markProcessed(long id, Instant now) {
        Objects.requireNonNull(now, "now");
        jdbi.useHandle(handle -> handle.createUpdate("""
                        update webhook_events
                        set status = 'processed', attempts = attempts + 1, last_error = null, processed_at = :now
                        where id = :id
                        """)
                .bind("id", id)
                .bind("now", now)
                .execute());
    }

    @Override
    public void markFailed(long id, String error, boolean dead) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        update webhook_events set status = :status, attempts = attempts + 1, last_error = :error
                        where id = :id
                        """)
                .bind("id", id)
                .bind("status", dead ? Status.DEAD.word() : Status.FAILED.word())
                .bind("error", error == null ? null : withoutNul(error))
                .execute());
    }

    @Override
    public boolean requeue(long id) {
        return jdbi.withHandle(handle -> handle.createUpdate("""
                        update webhook_events set status = 'received', attempts = 0
                        where id = :id and status in ('received', 'failed', 'dead')
                        """)
                .bind("id", id)
                .execute()) == 1;
    }

    @Override
    public List<StoredWebhookEvent> deadLetters(int limit) {
        return jdbi.withHandle(handle -> handle.createQuery(SELECT + """
                         where status = 'dead'
                        order by received_at desc, id desc
                        limit :limit
                        """)
                .bind("limit", Math.max(0, limit))
                .map(JdbiWebhookEventRepository::stored)
                .list());
    }

    @Override
    public long countDead() {
        return jdbi.withHandle(handle -> handle.createQuery("select count(*) from webhook_events where status = 'dead'")
                .mapTo(Long.class).one());
    }

    @Override
    public List<Long> waiting(Instant before, int limit) {
        Objects.requireNonNull(before, "before");
        return jdbi.withHandle(handle -> handle.createQuery("""
                        select id from webhook_events
                        where status = 'received' and received_at < :before
                        order by received_at, id
                        limit :limit
                        """)
                .bind("before", before)
                .bind("limit", Math.max(0, limit))
                .mapTo(Long.class)
                .list());
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

    private static StoredWebhookEvent stored(ResultSet rs, StatementContext ctx) throws SQLException {
        WebhookEvent event = new WebhookEvent(rs.getString("event_id"), rs.getString("type"), rs.getString("payload"),
                SignatureScheme.valueOf(rs.getString("scheme").toUpperCase(Locale.ROOT)),
                rs.getObject("received_at", OffsetDateTime.class).toInstant());
        OffsetDateTime processedAt = rs.getObject("processed_at", OffsetDateTime.class);
        return new StoredWebhookEvent(rs.getLong("id"), event, Status.ofWord(rs.getString("status")),
                rs.getInt("attempts"), rs.getString("last_error"), processedAt == null ? null : processedAt.toInstant());
    }

    private static String withoutNul(String text) {
        return text.indexOf('\0') < 0 ? text : text.replace("\0", "\\u0000");
    }
}
