package com.attackacrack.crm.adapters.out.persistence;

import com.attackacrack.crm.application.port.out.ExpiredRecords;
import java.time.Instant;
import java.util.Objects;
import org.jdbi.v3.core.Jdbi;

/**
 * The purge's deletes: one statement per kind, each counted by PostgreSQL. Sessions use {@code sessions_expires_at_idx}
 * and {@code sessions_revoked_at_idx}; nothing references invites, webhook events or process heartbeats by foreign key,
 * so deleting them cascades nowhere. {@code process_heartbeats} holds one row per process, so a scan is cheap.
 */
public final class JdbiExpiredRecords implements ExpiredRecords {

    private final Jdbi jdbi;

    /** Deletes on the process's one Jdbi (joining a transaction in progress on this thread, if any). */
    public JdbiExpiredRecords(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    @Override
    public int deleteEndedSessions(Instant now) {
        return delete("delete from sessions where expires_at <= :cutoff or revoked_at <= :cutoff", now);
    }

    @Override
    public int deleteInvitesEndedBefore(Instant cutoff) {
        return delete("""
                delete from invites
                where used_at < :cutoff
                   or revoked_at < :cutoff
                   or (used_at is null and revoked_at is null and expires_at < :cutoff)
                """, cutoff);
    }

    @Override
    public int deleteProcessedWebhookEventsBefore(Instant cutoff) {
        return delete("delete from webhook_events where status = 'processed' and processed_at < :cutoff", cutoff);
    }

    @Override
    public int deleteHeartbeatsReceivedBefore(Instant cutoff) {
        return delete("delete from process_heartbeats where received_at < :cutoff", cutoff);
    }

    private int delete(String sql, Instant cutoff) {
        Objects.requireNonNull(cutoff, "cutoff");
        return jdbi.withHandle(handle -> handle.createUpdate(sql).bind("cutoff", cutoff).execute());
    }
}
