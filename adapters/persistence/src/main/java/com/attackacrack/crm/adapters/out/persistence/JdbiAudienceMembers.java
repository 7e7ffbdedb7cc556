package com.attackacrack.crm.adapters.out.persistence;

import com.attackacrack.crm.application.port.out.AudienceMember;
import com.attackacrack.crm.application.port.out.AudienceMembers;
import com.attackacrack.crm.application.port.out.SavedFilterRepository;
import com.attackacrack.crm.domain.campaign.Audience;
import com.attackacrack.crm.domain.campaign.CampaignId;
import com.attackacrack.crm.domain.campaign.SavedFilter;
import com.attackacrack.crm.domain.contact.ContactId;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Streams a campaign's audience from PostgreSQL: a list's members through {@code campaign_list_members}, a saved
 * filter's contacts through {@link AudienceConditions}, each with its suppression, last outbound text, whether another
 * live campaign holds it, and its token values from the contact and one linked property (a primary owner's first,
 * then a secondary owner's, then any; the lowest property id among equals).
 */
public final class JdbiAudienceMembers implements AudienceMembers {

    private static final int FETCH_SIZE = 1_000;

    private static final String SELECT = """
            select c.id, c.phone, c.first_name, c.last_name, c.opted_out_at is not null as opted_out,
                   exists (select 1 from suppressions s where s.phone = c.phone) as suppressed,
                   (select max(m.created_at) from messages m
                    where m.contact_id = c.id and m.direction = 'outbound') as last_outbound_at,
                   exists (select 1 from campaign_recipients r join campaigns k on k.id = r.campaign_id
                           where r.contact_id = c.id and r.campaign_id <> :self
                             and r.status in ('pending', 'sending', 'sent')
                             and k.status in ('scheduled', 'running', 'paused')) as in_other_campaign,
                   p.street, p.city, p.state, p.zip
            from contacts c
            <join>
            left join lateral (
                select p.street, p.city, p.state, p.zip
                from property_contacts pc join properties p on p.id = pc.property_id
                where pc.contact_id = c.id
                order by case pc.relationship when 'primary_owner' then 0 when 'secondary_owner' then 1 else 2 end,
                         p.id
                limit 1) p on true
            <where>
            order by c.id
            """;

    private final Jdbi jdbi;
    private final SavedFilterRepository filters;
    private final Clock clock;

    /** Audiences on the process's one Jdbi; saved filters are read through {@code filters}; the clock anchors them. */
    public JdbiAudienceMembers(Jdbi jdbi, SavedFilterRepository filters, Clock clock) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.filters = Objects.requireNonNull(filters, "filters");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public long forEach(Audience audience, CampaignId campaign, Consumer<AudienceMember> sink) {
        Objects.requireNonNull(sink, "sink");
        SqlConditions where;
        String join;
        switch (audience) {
            case Audience.ListAudience list -> {
                join = "join campaign_list_members lm on lm.contact_id = c.id and lm.list_id = :list";
                where = new SqlConditions();
                return stream(join, where, Map.of("list", list.list().value()), campaign, sink);
            }
            case Audience.FilterAudience filter -> {
                SavedFilter saved = filters.find(filter.filter()).orElseThrow(() -> BusinessRuleException.notFound(
                        "No saved filter with id " + filter.filter()));
                join = "";
                where = AudienceConditions.where(saved.criteria(), clock.instant());
                return stream(join, where, Map.of(), campaign, sink);
            }
        }
    }

    private long stream(String join, SqlConditions where, Map<String, Object> values, CampaignId campaign,
                        Consumer<AudienceMember> sink) {
        // A cursor (fetch size) needs a transaction in PostgreSQL; without one the driver reads every row at once.
        return jdbi.inTransaction(handle -> {
            long count = 0;
            var query = where.bindTo(handle.createQuery(SELECT)
                            .define("join", join)
                            .define("where", where.sql())
                            .bind("self", campaign.value())
                            .setFetchSize(FETCH_SIZE));
            values.forEach(query::bind);
            try (Stream<AudienceMember> rows = query.map(JdbiAudienceMembers::member).stream()) {
                for (AudienceMember member : (Iterable<AudienceMember>) rows::iterator) {
                    sink.accept(member);
                    count++;
                }
            }
            return count;
        });
    }

    private static AudienceMember member(ResultSet rs, StatementContext ctx) throws SQLException {
        Map<String, String> tokens = new HashMap<>();
        String first = rs.getString("first_name");
        String last = rs.getString("last_name");
        put(tokens, "first_name", first);
        put(tokens, "last_name", last);
        put(tokens, "full_name", ((first == null ? "" : first.strip()) + " " + (last == null ? "" : last.strip())).strip());
        put(tokens, "property_address", rs.getString("street"));
        put(tokens, "city", rs.getString("city"));
        put(tokens, "state", rs.getString("state"));
        put(tokens, "zip", rs.getString("zip"));
        return new AudienceMember(new ContactId(rs.getLong("id")), RecipientRowMapper.phone(rs.getString("phone")),
                rs.getBoolean("opted_out"), rs.getBoolean("suppressed"), Columns.nullableInstant(rs, "last_outbound_at"),
                rs.getBoolean("in_other_campaign"), tokens);
    }

    private static void put(Map<String, String> tokens, String name, String value) {
        if (value != null && !value.isBlank()) {
            tokens.put(name, value.strip());
        }
    }
}
