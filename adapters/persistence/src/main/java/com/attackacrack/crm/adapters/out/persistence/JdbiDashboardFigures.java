package com.attackacrack.crm.adapters.out.persistence;

import com.attackacrack.crm.application.port.in.dashboard.Dashboard;
import com.attackacrack.crm.application.port.out.DashboardFigures;
import com.attackacrack.crm.domain.campaign.CampaignId;
import com.attackacrack.crm.domain.campaign.CampaignStatus;
import com.attackacrack.crm.domain.importing.ImportId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.jdbi.v3.core.Jdbi;

/**
 * The dashboard's counts in SQL: a sent campaign text is a {@code campaign_recipients} row with {@code sent_at}, a
 * reply one with {@code replied_at} (set by {@link JdbiCampaignTracking}); messages per day group {@code messages} by
 * their day in the given zone (outbound ones that went out: sent, delivered or undelivered; inbound ones all).
 */
public final class JdbiDashboardFigures implements DashboardFigures {

    private final Jdbi jdbi;

    /** Figures read through the process's Jdbi. */
    public JdbiDashboardFigures(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    @Override
    public long contacts() {
        return jdbi.withHandle(handle -> RecordCounts.of(handle, RecordCounts.CONTACTS));
    }

    @Override
    public long contactsCreatedSince(Instant since) {
        return jdbi.withHandle(handle -> handle.createQuery("select count(*) from contacts where created_at >= :since")
                .bind("since", since).mapTo(Long.class).one());
    }

    @Override
    public List<CampaignProgress> activeCampaigns() {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        select k.id, k.name, k.status, k.window_zone, k.daily_limit,
                               count(r.id) filter (where r.status <> 'excluded') as recipients,
                               count(r.id) filter (where r.sent_at is not null) as sent
                        from campaigns k left join campaign_recipients r on r.campaign_id = k.id
                        where k.status in ('running', 'scheduled')
                        group by k.id
                        order by case k.status when 'running' then 0 else 1 end, k.created_at desc, k.id desc
                        """)
                .map((rs, ctx) -> new CampaignProgress(new CampaignId(rs.getLong("id")), rs.getString("name"),
                        CampaignStatus.ofWord(rs.getString("status")), ZoneId.of(rs.getString("window_zone")),
                        rs.getInt("daily_limit"), rs.getLong("recipients"), rs.getLong("sent")))
                .list());
    }

    @Override
    public long campaignTextsSent(Instant from, Instant until) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        select count(*) from campaign_recipients where sent_at >= :from and sent_at < :until""")
                .bind("from", from).bind("until", until).mapTo(Long.class).one());
    }

    @Override
    public long campaignTextsSent(CampaignId campaign, Instant from, Instant until) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        select count(*) from campaign_recipients
                        where campaign_id = :campaign and sent_at >= :from and sent_at < :until""")
                .bind("campaign", campaign.value()).bind("from", from).bind("until", until).mapTo(Long.class).one());
    }

    @Override
    public Replies replies(Instant from, Instant until) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        select count(*) as sent, count(*) filter (where replied_at is not null) as replied
                        from campaign_recipients where sent_at >= :from and sent_at < :until""")
                .bind("from", from).bind("until", until)
                .map((rs, ctx) -> new Replies(rs.getLong("sent"), rs.getLong("replied")))
                .one());
    }

    @Override
    public List<Dashboard.DayMessages> messagesPerDay(Instant from, Instant until, ZoneId zone) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        select day, sum(sent) as sent, sum(received) as received, sum(replies) as replies
                        from (select (created_at at time zone :zone)::date as day,
                                     count(*) filter (where direction = 'outbound'
                                                        and status in ('sent', 'delivered', 'undelivered')) as sent,
                                     count(*) filter (where direction = 'inbound') as received,
                                     0 as replies
                              from messages where created_at >= :from and created_at < :until
                              group by 1
                              union all
                              select (replied_at at time zone :zone)::date, 0, 0, count(*)
                              from campaign_recipients where replied_at >= :from and replied_at < :until
                              group by 1) counted
                        group by day
                        order by day
                        """)
                .bind("zone", zone.getId()).bind("from", from).bind("until", until)
                .map((rs, ctx) -> new Dashboard.DayMessages(rs.getObject("day", LocalDate.class), rs.getLong("sent"),
                        rs.getLong("received"), rs.getLong("replies")))
                .list());
    }

    @Override
    public List<Dashboard.ImportConflicts> importsWithOpenConflicts(int limit) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        select i.id, i.file_name, count(*) as open
                        from import_conflicts c join imports i on i.id = c.import_id
                        where c.status = 'open'
                        group by i.id
                        order by i.created_at desc, i.id desc
                        limit :limit
                        """)
                .bind("limit", limit)
                .map((rs, ctx) -> new Dashboard.ImportConflicts(new ImportId(rs.getLong("id")), rs.getString("file_name"),
                        rs.getLong("open")))
                .list());
    }
}
