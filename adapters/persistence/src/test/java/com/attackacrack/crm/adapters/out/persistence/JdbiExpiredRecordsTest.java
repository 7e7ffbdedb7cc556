package com.attackacrack.crm.adapters.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.adapters.out.persistence.testing.TestDatabase;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the purge deletes and, at each boundary, what it keeps; on a database of its own. */
class JdbiExpiredRecordsTest {

    private static final Instant NOW = Instant.parse("2025-06-01T03:00:00Z");
    private static final Instant CUTOFF = NOW.minus(Duration.ofDays(30));
    private static final Instant LONG_AGO = NOW.minus(Duration.ofDays(90));

    private HikariDataSource dataSource;
    private Jdbi jdbi;
    private JdbiExpiredRecords records;
    private long userId;

    @BeforeEach
    void givenAMigratedDatabase() {
        dataSource = PostgresDataSources.create(TestDatabase.freshDatabase("crm_purge"), 2, "crm-purge-test");
        new FlywaySchemaMigrator(dataSource).migrate();
        jdbi = Jdbis.create(dataSource);
        records = new JdbiExpiredRecords(jdbi);
        userId = jdbi.withHandle(handle -> handle.createQuery("""
                insert into users (email, first_name, last_name, password_hash, role, created_at, updated_at)
                values ('ann@example.com', 'Ann', 'Archer', 'hash', 'admin', :t, :t) returning id""")
                .bind("t", LONG_AGO).mapTo(Long.class).one());
    }

    @AfterEach
    void closePool() {
        dataSource.close();
    }

    @Test
    void deletesSessionsThatExpiredOrWereRevokedAndKeepsLiveOnes() {
        session("expired-long-ago", NOW.minus(Duration.ofDays(3)), null);
        session("expired-now", NOW, null);
        session("revoked", NOW.plus(Duration.ofDays(3)), NOW.minusSeconds(1));
        session("live", NOW.plusSeconds(1), null);
        session("revoked-later", NOW.plus(Duration.ofDays(3)), NOW.plusSeconds(60));

        int deleted = records.deleteEndedSessions(NOW);

        assertThat(deleted).isEqualTo(3);
        assertThat(strings("select id_hash from sessions order by id_hash")).containsExactly("live", "revoked-later");
    }

    @Test
    void deletesInvitesThatEndedBeforeTheCutoffAndNeverAPendingOne() {
        invite("pending", NOW.plus(Duration.ofDays(7)), null, null);
        invite("pending-setup-link-from-long-ago", NOW.plusSeconds(1), null, null);
        invite("expired-before-cutoff", CUTOFF.minusSeconds(1), null, null);
        invite("expired-at-cutoff", CUTOFF, null, null);
        invite("expired-recently", NOW.minus(Duration.ofDays(1)), null, null);
        invite("used-before-cutoff", NOW.plus(Duration.ofDays(7)), CUTOFF.minusSeconds(1), null);
        invite("used-recently", CUTOFF.minus(Duration.ofDays(1)), NOW.minus(Duration.ofDays(2)), null);
        invite("revoked-before-cutoff", NOW.plus(Duration.ofDays(7)), null, CUTOFF.minusSeconds(1));
        invite("revoked-recently", CUTOFF.minus(Duration.ofDays(1)), null, NOW.minus(Duration.ofDays(2)));

        int deleted = records.deleteInvitesEndedBefore(CUTOFF);

        assertThat(deleted).isEqualTo(3);
        assertThat(strings("select token_hash from invites order by id")).containsExactly("pending",
                "pending-setup-link-from-long-ago", "expired-at-cutoff", "expired-recently", "used-recently",
                "revoked-recently");
    }

    @Test
    void deletesOnlyProcessedWebhookEventsProcessedBeforeTheCutoff() {
        webhookEvent("processed-old", "processed", CUTOFF.minusSeconds(1));
        webhookEvent("processed-at-cutoff", "processed", CUTOFF);
        webhookEvent("processed-recently", "processed", NOW.minus(Duration.ofDays(1)));
        webhookEvent("dead-old", "dead", null);
        webhookEvent("failed-old", "failed", null);
        webhookEvent("received-old", "received", null);
        jdbi.useHandle(handle -> handle.createUpdate("""
                insert into webhook_rejections (raw_body, reason, received_at) values ('{', 'not JSON', :t)""")
                .bind("t", LONG_AGO).execute());

        int deleted = records.deleteProcessedWebhookEventsBefore(CUTOFF);

        assertThat(deleted).isOne();
        assertThat(strings("select event_id from webhook_events order by id")).containsExactly("processed-at-cutoff",
                "processed-recently", "dead-old", "failed-old", "received-old");
        assertThat(strings("select reason from webhook_rejections")).containsExactly("not JSON");
    }

    @Test
    void deletesHeartbeatsOfProcessesSilentSinceBeforeTheCutoffAndKeepsTheRest() {
        Instant heartbeatCutoff = NOW.minus(Duration.ofHours(24));
        heartbeat("worker-gone", "worker", heartbeatCutoff.minusSeconds(1));
        heartbeat("serve-long-gone", "serve", LONG_AGO);
        heartbeat("scheduler-at-cutoff", "scheduler", heartbeatCutoff);
        heartbeat("worker-recent", "worker", NOW.minus(Duration.ofHours(2)));
        heartbeat("serve-live", "serve", NOW);

        int deleted = records.deleteHeartbeatsReceivedBefore(heartbeatCutoff);

        assertThat(deleted).isEqualTo(2);
        assertThat(strings("select process_id from process_heartbeats order by process_id"))
                .containsExactly("scheduler-at-cutoff", "serve-live", "worker-recent");
        assertThat(records.deleteHeartbeatsReceivedBefore(heartbeatCutoff)).isZero();
    }

    @Test
    void aSecondPurgeFindsNothingLeftToDelete() {
        session("expired", NOW.minusSeconds(1), null);
        invite("expired-long-ago", LONG_AGO, null, null);
        webhookEvent("processed-old", "processed", LONG_AGO);
        records.deleteEndedSessions(NOW);
        records.deleteInvitesEndedBefore(CUTOFF);
        records.deleteProcessedWebhookEventsBefore(CUTOFF);

        int again = records.deleteEndedSessions(NOW) + records.deleteInvitesEndedBefore(CUTOFF)
                + records.deleteProcessedWebhookEventsBefore(CUTOFF);

        assertThat(again).isZero();
    }

    private void session(String idHash, Instant expiresAt, Instant revokedAt) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                insert into sessions (id_hash, user_id, csrf_token, created_at, expires_at, revoked_at)
                values (:idHash, :user, 'csrf', :created, :expires, :revoked)""")
                .bind("idHash", idHash).bind("user", userId).bind("created", LONG_AGO).bind("expires", expiresAt)
                .bind("revoked", revokedAt).execute());
    }

    private void invite(String tokenHash, Instant expiresAt, Instant usedAt, Instant revokedAt) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                insert into invites (email, role, token_hash, invited_by, created_at, expires_at, used_at, used_by,
                                     revoked_at)
                values (null, 'marketer', :tokenHash, :user, :created, :expires, :used, :usedBy, :revoked)""")
                .bind("tokenHash", tokenHash).bind("user", userId).bind("created", LONG_AGO).bind("expires", expiresAt)
                .bind("used", usedAt).bind("usedBy", usedAt == null ? null : userId).bind("revoked", revokedAt)
                .execute());
    }

    private void webhookEvent(String eventId, String status, Instant processedAt) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                insert into webhook_events (event_id, type, scheme, payload, status, attempts, received_at, processed_at)
                values (:eventId, 'message.received', 'standard', '{}', :status, 1, :received, :processed)""")
                .bind("eventId", eventId).bind("status", status).bind("received", LONG_AGO)
                .bind("processed", processedAt).execute());
    }

    private void heartbeat(String processId, String role, Instant receivedAt) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                insert into process_heartbeats (process_id, role, host, version, started_at, sent_at, received_at)
                values (:id, :role, 'host-a', '1.0.0', :started, :received, :received)""")
                .bind("id", processId).bind("role", role).bind("started", LONG_AGO).bind("received", receivedAt)
                .execute());
    }

    private List<String> strings(String sql) {
        return jdbi.withHandle(handle -> handle.createQuery(sql).mapTo(String.class).list());
    }
}
