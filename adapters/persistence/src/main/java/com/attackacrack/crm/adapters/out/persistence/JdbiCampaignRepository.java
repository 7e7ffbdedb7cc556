package com.attackacrack.crm.adapters.out.persistence;

import com.attackacrack.crm.application.port.out.CampaignDraft;
import com.attackacrack.crm.application.port.out.CampaignRepository;
import com.attackacrack.crm.domain.campaign.Audience;
import com.attackacrack.crm.domain.campaign.Campaign;
import com.attackacrack.crm.domain.campaign.CampaignId;
import com.attackacrack.crm.domain.campaign.CampaignStatus;
import com.attackacrack.crm.domain.shared.Page;
import com.attackacrack.crm.domain.shared.PageRequest;
import com.attackacrack.crm.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * Campaigns in {@code campaigns} (V12). A status change is one conditional UPDATE (where status is one of the given
 * ones), so of two racing changes the second waits on the row lock, re-checks its condition and changes nothing.
 */
public final class JdbiCampaignRepository implements CampaignRepository {

    private static final CampaignRowMapper MAPPER = new CampaignRowMapper();
    private static final String SELECT = "select " + CampaignRowMapper.COLUMNS + " from campaigns k ";

    private final Jdbi jdbi;

    /** A repository on the process's one Jdbi (so that it joins {@link JdbiTransactionRunner} transactions). */
    public JdbiCampaignRepository(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    @Override
    public Campaign create(CampaignDraft draft, UserId createdByOrNull, Instant now) {
        Objects.requireNonNull(draft, "draft");
        return jdbi.withHandle(handle -> bindDraft(handle.createQuery("""
                        with k as (
                            insert into campaigns (name, status, audience_list_id, audience_filter_id, message_a,
                                                   message_b, daily_limit, window_days, window_start, window_end,
                                                   window_zone, skip_in_other_running, skip_texted_within_days,
                                                   created_at, updated_at, created_by)
                            values (:name, 'draft', :listId, :filterId, :messageA, :messageB, :dailyLimit, :days,
                                    :start, :end, :zone, :skipOther, :skipDays, :now, :now, :createdBy)
                            returning *)
                        select <columns> from k
                        """).define("columns", CampaignRowMapper.COLUMNS), draft)
                .bind("now", now)
                .bind("createdBy", createdByOrNull == null ? null : createdByOrNull.value())
                .map(MAPPER)
                .one());
    }

    @Override
    public Optional<Campaign> update(CampaignId id, CampaignDraft draft, Instant now) {
        Objects.requireNonNull(draft, "draft");
        return jdbi.withHandle(handle -> bindDraft(handle.createQuery("""
                        with k as (
                            update campaigns set name = :name, audience_list_id = :listId,
                                   audience_filter_id = :filterId, message_a = :messageA, message_b = :messageB,
                                   daily_limit = :dailyLimit, window_days = :days, window_start = :start,
                                   window_end = :end, window_zone = :zone, skip_in_other_running = :skipOther,
                                   skip_texted_within_days = :skipDays, updated_at = :now
                            where id = :id and status = 'draft'
                            returning *)
                        select <columns> from k
                        """).define("columns", CampaignRowMapper.COLUMNS), draft)
                .bind("id", id.value())
                .bind("now", now)
                .map(MAPPER)
                .findOne());
    }

    @Override
    public Optional<Campaign> find(CampaignId id) {
        return jdbi.withHandle(handle -> handle.createQuery(SELECT + "where k.id = :id")
                .bind("id", id.value()).map(MAPPER).findOne());
    }

    @Override
    public Page<Campaign> list(CampaignStatus statusOrNull, PageRequest page) {
        Objects.requireNonNull(page, "page");
        SqlConditions where = new SqlConditions();
        if (statusOrNull != null) {
            where.add("k.status = :status", "status", statusOrNull.word());
        }
        return jdbi.withHandle(handle -> {
            List<Campaign> rows = where.bindTo(handle.createQuery(SELECT + where.sql()
                            + " order by k.created_at desc, k.id desc limit :limit offset :offset"))
                    .bind("limit", page.size())
                    .bind("offset", page.offset())
                    .map(MAPPER)
                    .list();
            long total = where.bindTo(handle.createQuery("select count(*) from campaigns k " + where.sql()))
                    .mapTo(Long.class).one();
            return new Page<>(rows, total, page);
        });
    }

    @Override
    public boolean transition(CampaignId id, Set<CampaignStatus> from, CampaignStatus to, Instant now) {
        Objects.requireNonNull(to, "to");
        if (from.isEmpty()) {
            throw new IllegalArgumentException("no status to move from");
        }
        for (CampaignStatus status : from) {
            if (!status.canMoveTo(to)) {
                throw new IllegalArgumentException("a " + status.word() + " campaign cannot become " + to.word());
            }
        }
        return jdbi.withHandle(handle -> handle.createUpdate("""
                        update campaigns set status = :to, updated_at = :now,
                               started_at = case when :to = 'running' then coalesce(started_at, :now) else started_at end,
                               finished_at = case when :to in ('completed', 'cancelled') then :now else finished_at end
                        where id = :id and status in (<from>)
                        """)
                .bind("to", to.word())
                .bind("now", now)
                .bind("id", id.value())
                .bindList("from", from.stream().map(CampaignStatus::word).toList())
                .execute() == 1);
    }

    @Override
    public void scheduleAt(CampaignId id, Instant startAt, Instant now) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        update campaigns set scheduled_at = :startAt, updated_at = :now
                        where id = :id and status in ('draft', 'scheduled')
                        """)
                .bind("startAt", startAt).bind("now", now).bind("id", id.value()).execute());
    }

    @Override
    public List<Campaign> due(Instant now) {
        return jdbi.withHandle(handle -> handle.createQuery(SELECT
                        + "where k.status = 'scheduled' and k.scheduled_at <= :now order by k.scheduled_at, k.id")
                .bind("now", now).map(MAPPER).list());
    }

    @Override
    public List<Campaign> running() {
        return jdbi.withHandle(handle -> handle.createQuery(SELECT + "where k.status = 'running' order by k.id")
                .map(MAPPER).list());
    }

    private static <S extends SqlStatement<S>> S bindDraft(S statement, CampaignDraft draft) {
        Long list = draft.audience() instanceof Audience.ListAudience l ? l.list().value() : null;
        Long filter = draft.audience() instanceof Audience.FilterAudience f ? f.filter().value() : null;
        return statement
                .bind("name", draft.name())
                .bind("listId", list)
                .bind("filterId", filter)
                .bind("messageA", draft.messageA().text())
                .bind("messageB", draft.messageB() == null ? null : draft.messageB().text())
                .bind("dailyLimit", draft.dailyLimit())
                .bind("days", CampaignRowMapper.daysText(draft.window().days()))
                .bind("start", draft.window().start())
                .bind("end", draft.window().end())
                .bind("zone", draft.window().zone().getId())
                .bind("skipOther", draft.skipInOtherRunning())
                .bind("skipDays", draft.skipTextedWithinDays());
    }
}
