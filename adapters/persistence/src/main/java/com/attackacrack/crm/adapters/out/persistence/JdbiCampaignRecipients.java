package com.attackacrack.crm.adapters.out.persistence;

import com.attackacrack.crm.application.port.out.CampaignRecipients;
import com.attackacrack.crm.application.port.out.NewRecipient;
import com.attackacrack.crm.domain.campaign.CampaignId;
import com.attackacrack.crm.domain.campaign.CampaignStats;
import com.attackacrack.crm.domain.campaign.ExclusionReason;
import com.attackacrack.crm.domain.campaign.RecipientRow;
import com.attackacrack.crm.domain.campaign.RecipientStatus;
import com.attackacrack.crm.domain.campaign.Variant;
import com.attackacrack.crm.domain.shared.Page;
import com.attackacrack.crm.domain.shared.PageRequest;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * A campaign's recipients in {@code campaign_recipients} (V12). A snapshot batch is one INSERT ... SELECT FROM
 * unnest(arrays) with ON CONFLICT (campaign_id, contact_id) DO NOTHING, so a contact is in a campaign at most once
 * whoever inserts it; figures are one grouped count over the campaign's rows.
 */
public final class JdbiCampaignRecipients implements CampaignRecipients {

    private static final RecipientRowMapper MAPPER = new RecipientRowMapper();
    private static final int FETCH_SIZE = 1_000;

    private final Jdbi jdbi;

    /** Recipients on the process's one Jdbi (so that they join {@link JdbiTransactionRunner} transactions). */
    public JdbiCampaignRecipients(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    @Override
    public long insertSnapshot(CampaignId campaign, List<NewRecipient> recipients, Instant now) {
        if (recipients.isEmpty()) {
            return 0;
        }
        return jdbi.withHandle(handle -> handle.createUpdate("""
                        insert into campaign_recipients (campaign_id, contact_id, phone, variant, status,
                                                         exclusion_kind, exclusion_detail, body, created_at)
                        select :campaign, r.contact_id, r.phone, r.variant,
                               case when r.exclusion_kind is null then 'pending' else 'excluded' end,
                               r.exclusion_kind, r.exclusion_detail, r.body, :now
                        from unnest(cast(:contacts as bigint[]), cast(:phones as text[]), cast(:variants as text[]),
                                    cast(:kinds as text[]), cast(:details as text[]), cast(:bodies as text[]))
                             as r (contact_id, phone, variant, exclusion_kind, exclusion_detail, body)
                        on conflict (campaign_id, contact_id) do nothing
                        """)
                .bind("campaign", campaign.value())
                .bind("now", now)
                .bindArray("contacts", Long.class, recipients.stream().map(r -> r.contact().value()).toList())
                .bindArray("phones", String.class,
                        recipients.stream().map(r -> r.phone() == null ? null : r.phone().e164()).toList())
                .bindArray("variants", String.class,
                        recipients.stream().map(r -> RecipientRowMapper.word(r.variant())).toList())
                .bindArray("kinds", String.class,
                        recipients.stream().map(r -> r.exclusion() == null ? null : r.exclusion().kind().word()).toList())
                .bindArray("details", String.class,
                        recipients.stream().map(r -> r.exclusion() == null ? null : r.exclusion().detail()).toList())
                .bindArray("bodies", String.class, recipients.stream().map(NewRecipient::body).toList())
                .execute());
    }

    @Override
    public CampaignStats stats(CampaignId campaign) {
        return jdbi.withHandle(handle -> {
            Map<Variant, CampaignStats.Counts> byVariant = new EnumMap<>(Variant.class);
            handle.createQuery("""
                            select variant, count(*) as targeted,
                                   count(*) filter (where status = 'excluded') as excluded,
                                   count(*) filter (where status = 'pending') as pending,
                                   count(*) filter (where status = 'sending') as sending,
                                   count(*) filter (where status = 'sent') as sent,
                                   count(*) filter (where status = 'delivered') as delivered,
                                   count(*) filter (where status = 'failed') as failed,
                                   count(*) filter (where status = 'unknown') as unknown,
                                   count(replied_at) as replied, count(opted_out_at) as opted_out
                            from campaign_recipients where campaign_id = :campaign
                            group by variant
                            """)
                    .bind("campaign", campaign.value())
                    .map((rs, ctx) -> Map.entry(RecipientRowMapper.variant(rs.getString("variant")),
                            new CampaignStats.Counts(rs.getLong("targeted"), rs.getLong("excluded"),
                                    rs.getLong("pending"), rs.getLong("sending"), rs.getLong("sent"),
                                    rs.getLong("delivered"), rs.getLong("failed"), rs.getLong("unknown"),
                                    rs.getLong("replied"), rs.getLong("opted_out"))))
                    .forEach(e -> byVariant.put(e.getKey(), e.getValue()));
            return new CampaignStats(sum(byVariant.values()), byVariant, exclusions(handle, campaign));
        });
    }

    @Override
    public Page<RecipientRow> page(CampaignId campaign, RecipientStatus statusOrNull, PageRequest page) {
        SqlConditions where = where(campaign, statusOrNull);
        return jdbi.withHandle(handle -> {
            List<RecipientRow> rows = where.bindTo(handle.createQuery(RecipientRowMapper.SELECT + where.sql()
                            + " order by r.id limit :limit offset :offset"))
                    .bind("limit", page.size())
                    .bind("offset", page.offset())
                    .map(MAPPER)
                    .list();
            long total = where.bindTo(handle.createQuery("select count(*) from campaign_recipients r " + where.sql()))
                    .mapTo(Long.class).one();
            return new Page<>(rows, total, page);
        });
    }

    @Override
    public long export(CampaignId campaign, Consumer<RecipientRow> sink) {
        Objects.requireNonNull(sink, "sink");
        SqlConditions where = where(campaign, null);
        // A cursor (fetch size) needs a transaction in PostgreSQL; without one the driver reads every row at once.
        return jdbi.inTransaction(handle -> {
            long count = 0;
            try (Stream<RecipientRow> rows = where.bindTo(handle.createQuery(RecipientRowMapper.SELECT + where.sql()
                            + " order by r.id").setFetchSize(FETCH_SIZE))
                    .map(MAPPER)
                    .stream()) {
                for (RecipientRow row : (Iterable<RecipientRow>) rows::iterator) {
                    sink.accept(row);
                    count++;
                }
            }
            return count;
        });
    }

    private static SqlConditions where(CampaignId campaign, RecipientStatus statusOrNull) {
        SqlConditions where = new SqlConditions().add("r.campaign_id = :campaign", "campaign", campaign.value());
        if (statusOrNull != null) {
            where.add("r.status = :status", "status", statusOrNull.word());
        }
        return where;
    }

    private static Map<ExclusionReason, Long> exclusions(Handle handle, CampaignId campaign) {
        Map<ExclusionReason, Long> counts = new LinkedHashMap<>();
        handle.createQuery("""
                        select exclusion_kind, exclusion_detail, count(*) as n
                        from campaign_recipients where campaign_id = :campaign and status = 'excluded'
                        group by exclusion_kind, exclusion_detail
                        """)
                .bind("campaign", campaign.value())
                .map((rs, ctx) -> Map.entry(RecipientRowMapper.exclusion(rs.getString("exclusion_kind"),
                        rs.getString("exclusion_detail")), rs.getLong("n")))
                .list()
                .stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparing(ExclusionReason::kind)
                        .thenComparing(r -> r.detail() == null ? "" : r.detail())))
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    private static CampaignStats.Counts sum(Iterable<CampaignStats.Counts> parts) {
        long[] t = new long[10];
        for (CampaignStats.Counts c : parts) {
            long[] v = {c.targeted(), c.excluded(), c.pending(), c.sending(), c.sent(), c.delivered(), c.failed(),
                c.unknown(), c.replied(), c.optedOut()};
            for (int i = 0; i < t.length; i++) {
                t[i] += v[i];
            }
        }
        return new CampaignStats.Counts(t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7], t[8], t[9]);
    }
}
