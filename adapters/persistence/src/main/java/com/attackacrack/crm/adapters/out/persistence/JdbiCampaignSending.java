package com.attackacrack.crm.adapters.out.persistence;

import com.attackacrack.crm.application.port.out.CampaignSending;
import com.attackacrack.crm.application.port.out.PendingRecipient;
import com.attackacrack.crm.application.port.out.SendClaim;
import com.attackacrack.crm.application.port.out.UnknownSend;
import com.attackacrack.crm.domain.campaign.CampaignId;
import com.attackacrack.crm.domain.campaign.ExclusionReason;
import com.attackacrack.crm.domain.contact.ContactId;
import com.attackacrack.crm.domain.shared.PhoneNumber;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The send side of {@code campaign_recipients} (V12, V13). Every change is one UPDATE conditional on the row's status (the
 * claim also on its campaign running), so of two racing callers the second waits on the row lock, re-checks and
 * changes nothing; queueing stamps rows FOR UPDATE SKIP LOCKED, so two schedulers never queue the same row.
 */
public final class JdbiCampaignSending implements CampaignSending {

    /** The failure code that marks an unknown send left for a person to review (no longer reconciled). */
    static final String REVIEW = "review";

    private final Jdbi jdbi;

    /** Sending on the process's one Jdbi (so that it joins {@link JdbiTransactionRunner} transactions). */
    public JdbiCampaignSending(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    @Override
    public List<PendingRecipient> queueable(CampaignId campaign, long afterId, int limit, Instant now,
                                            Duration requeueAfter) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        select id, phone from campaign_recipients
                        where campaign_id = :campaign and status = 'pending' and id > :after
                          and (enqueued_at is null or enqueued_at <= :stale)
                        order by id limit :limit
                        """)
                .bind("campaign", campaign.value())
                .bind("after", afterId)
                .bind("stale", now.minus(requeueAfter))
                .bind("limit", limit)
                .map((rs, ctx) -> new PendingRecipient(rs.getLong("id"), new PhoneNumber(rs.getString("phone"))))
                .list());
    }

    @Override
    public List<Long> markQueued(Collection<Long> recipientIds, Instant now, Duration requeueAfter) {
        if (recipientIds.isEmpty()) {
            return List.of();
        }
        return jdbi.withHandle(handle -> handle.createQuery("""
                        update campaign_recipients set enqueued_at = :now
                        where id in (select id from campaign_recipients
                                     where id = any(:ids) and status = 'pending'
                                       and (enqueued_at is null or enqueued_at <= :stale)
                                     order by id for update skip locked)
                        returning id
                        """)
                .bindArray("ids", Long.class, List.copyOf(recipientIds))
                .bind("now", now)
                .bind("stale", now.minus(requeueAfter))
                .mapTo(Long.class)
                .list()
                .stream().sorted().toList());
    }

    @Override
    public long queuedBetween(CampaignId campaign, Instant from, Instant until) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        select count(*) from campaign_recipients
                        where campaign_id = :campaign and status <> 'excluded'
                          and enqueued_at >= :from and enqueued_at < :until
                        """)
                .bind("campaign", campaign.value()).bind("from", from).bind("until", until)
                .mapTo(Long.class).one());
    }

    @Override
    public Optional<SendClaim> claim(long recipientId, String worker, Instant now, Duration lease) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        update campaign_recipients r
                        set status = 'sending', lease_until = :until, attempts = r.attempts + 1, claimed_by = :worker,
                            request_started_at = null
                        from campaigns k
                        where r.id = :id and r.status = 'pending' and k.id = r.campaign_id and k.status = 'running'
                        returning r.id, r.campaign_id, r.contact_id, r.phone, r.body
                        """)
                .bind("id", recipientId)
                .bind("until", now.plus(lease))
                .bind("worker", worker)
                .map((rs, ctx) -> new SendClaim(rs.getLong("id"), new CampaignId(rs.getLong("campaign_id")),
                        contact(rs), new PhoneNumber(rs.getString("phone")), rs.getString("body")))
                .findOne());
    }

    @Override
    public boolean markRequestStarted(long recipientId, Instant now) {
        // A handle of its own, never the thread's transaction: the stamp must be committed before the request leaves.
        try (Handle handle = jdbi.open()) {
            return handle.createUpdate("""
                            update campaign_recipients set request_started_at = coalesce(request_started_at, :now)
                            where id = :id and status = 'sending' and lease_until > :now
                            """)
                    .bind("id", recipientId).bind("now", now).execute() == 1;
        }
    }

    @Override
    public boolean markSent(long recipientId, String providerMessageId, Instant now) {
        return jdbi.inTransaction(handle -> {
            int changed = handle.createUpdate("""
                            update campaign_recipients r
                            set status = case m.status when 'delivered' then 'delivered'
                                                       when 'failed' then 'failed'
                                                       when 'undelivered' then 'failed'
                                                       else 'sent' end,
                                provider_message_id = :pid, message_id = m.id, sent_at = :now, lease_until = null,
                                delivered_at = case when m.status = 'delivered' then m.status_at end,
                                failed_at = case when m.status in ('failed', 'undelivered') then m.status_at end,
                                failure_code = case when m.status in ('failed', 'undelivered') then m.error_code end,
                                failure_reason = case when m.status in ('failed', 'undelivered')
                                                      then coalesce(m.error_message, m.status) end
                            from (select cast(:pid as text) as provider_id) p
                                 left join messages m on m.provider_id = p.provider_id
                            where r.id = :id and r.status in ('sending', 'unknown')
                            """)
                    .bind("id", recipientId).bind("pid", providerMessageId).bind("now", now)
                    .execute();
            if (changed == 1) {
                handle.createUpdate("""
                                update messages set campaign_id = (select campaign_id from campaign_recipients where id = :id)
                                where provider_id = :pid
                                """)
                        .bind("id", recipientId).bind("pid", providerMessageId).execute();
            }
            return changed == 1;
        });
    }

    @Override
    public boolean markFailed(long recipientId, String code, String reason, Instant now) {
        return jdbi.withHandle(handle -> handle.createUpdate("""
                        update campaign_recipients
                        set status = 'failed', failed_at = :now, failure_code = :code, failure_reason = :reason,
                            lease_until = null
                        where id = :id and status in ('sending', 'unknown')
                        """)
                .bind("id", recipientId).bind("now", now).bind("code", code).bind("reason", reason)
                .execute() == 1);
    }

    @Override
    public boolean markUnknown(long recipientId, String reason) {
        return jdbi.withHandle(handle -> handle.createUpdate("""
                        update campaign_recipients set status = 'unknown', failure_code = null, failure_reason = :reason
                        where id = :id and status = 'sending'
                        """)
                .bind("id", recipientId).bind("reason", reason).execute() == 1);
    }

    @Override
    public boolean exclude(long recipientId, ExclusionReason reason) {
        return jdbi.withHandle(handle -> handle.createUpdate("""
                        update campaign_recipients
                        set status = 'excluded', exclusion_kind = :kind, exclusion_detail = :detail, body = null,
                            lease_until = null
                        where id = :id and status in ('pending', 'sending')
                        """)
                .bind("id", recipientId).bind("kind", reason.kind().word()).bind("detail", reason.detail())
                .execute() == 1);
    }

    @Override
    public int releaseUnstarted(Instant now) {
        return jdbi.withHandle(handle -> handle.createUpdate("""
                        update campaign_recipients
                        set status = 'pending', lease_until = null, claimed_by = null, enqueued_at = null,
                            failure_code = null, failure_reason = null
                        where request_started_at is null
                          and (status = 'sending' and lease_until < :now
                               or status = 'unknown' and failure_code is null and lease_until <= :now)
                        """)
                .bind("now", now).execute());
    }

    @Override
    public int expireLeases(Instant now) {
        return jdbi.withHandle(handle -> handle.createUpdate("""
                        update campaign_recipients
                        set status = 'unknown', failure_code = null,
                            failure_reason = 'The worker stopped before recording what OpenPhone answered'
                        where status = 'sending' and lease_until < :now and request_started_at is not null
                        """)
                .bind("now", now).execute());
    }

    @Override
    public List<UnknownSend> unreconciled(Instant now, int limit) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        select id, campaign_id, contact_id, phone, body, coalesce(enqueued_at, created_at) as queued_at, lease_until
                        from campaign_recipients
                        where status = 'unknown' and failure_code is null and lease_until <= :now
                          and request_started_at is not null
                        order by lease_until, id limit :limit
                        """)
                .bind("now", now).bind("limit", limit)
                .map((rs, ctx) -> new UnknownSend(rs.getLong("id"), new CampaignId(rs.getLong("campaign_id")),
                        contact(rs), new PhoneNumber(rs.getString("phone")), rs.getString("body"),
                        Columns.nullableInstant(rs, "queued_at"), Columns.nullableInstant(rs, "lease_until")))
                .list());
    }

    @Override
    public boolean markForReview(long recipientId, String reason) {
        return jdbi.withHandle(handle -> handle.createUpdate("""
                        update campaign_recipients set failure_code = :review, failure_reason = :reason
                        where id = :id and status = 'unknown'
                        """)
                .bind("id", recipientId).bind("review", REVIEW).bind("reason", reason).execute() == 1);
    }

    @Override
    public long remaining(CampaignId campaign) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        select count(*) from campaign_recipients
                        where campaign_id = :campaign
                          and (status in ('pending', 'sending')
                               or status = 'unknown' and failure_code is null and request_started_at is null)
                        """)
                .bind("campaign", campaign.value()).mapTo(Long.class).one());
    }

    private static ContactId contact(ResultSet rs) throws SQLException {
        Long id = Columns.nullableLong(rs, "contact_id");
        return id == null ? null : new ContactId(id);
    }
}
