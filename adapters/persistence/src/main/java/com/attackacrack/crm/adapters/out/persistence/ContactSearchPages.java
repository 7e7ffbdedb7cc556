package com.attackacrack.crm.adapters.out.persistence;

import com.attackacrack.crm.domain.contact.ContactFilter;
import com.attackacrack.crm.domain.contact.ContactSort;
import com.attackacrack.crm.domain.contact.ContactSummary;
import com.attackacrack.crm.domain.shared.Page;
import com.attackacrack.crm.domain.shared.PageRequest;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * The common search: a name or email fragment, alone or with the filters {@code contact_search} carries (has email,
 * opted out, customer, lead source), newest or oldest first. One statement finds the matches in
 * {@code contact_search} (V8: the trigram index's candidates re-checked in a narrow table that stays in memory), sorts
 * them by creation, and returns the page's contacts with the number of matches; a page past the end counts in a
 * second statement.
 */
final class ContactSearchPages {

    private static final String PAGE_SQL = """
            with hits as materialized (
                select s.contact_id, s.created_at from contact_search s <where>
            ), page as (
                select contact_id, created_at from hits
                order by created_at <direction>, contact_id <direction>
                limit :limit offset :offset
            )
            select\s""" + ContactRowMapper.COLUMNS + """
            , c.property_count, (select count(*) from hits) as total_matches
            from page join contacts c on c.id = page.contact_id
            order by page.created_at <direction>, page.contact_id <direction>
            """;

    private static final String COUNT_SQL = "select count(*) from contact_search s <where>";

    private static final ContactSummaryRowMapper SUMMARIES = new ContactSummaryRowMapper();

    private ContactSearchPages() {
    }

    /** Whether this fast path answers the list: search text and the carried filters only, sorted by creation. */
    static boolean covers(ContactFilter filter, ContactSort sort) {
        return filter != null && filter.text() != null && filter.phone() == null && filter.hasProperty() == null
                && filter.createdFrom() == null && filter.createdTo() == null
                && (sort == null || sort == ContactSort.CREATED_DESC || sort == ContactSort.CREATED_ASC);
    }

    /** The conditions on {@code contact_search} for a filter that {@link #covers} accepts. */
    private static SqlConditions where(ContactFilter filter) {
        SqlConditions where = new SqlConditions()
                .add("s.doc ilike :textPattern", "textPattern", SqlConditions.containsPattern(filter.text()));
        flag(where, "has_email", filter.hasEmail());
        flag(where, "opted_out", filter.optedOut());
        flag(where, "customer", filter.customer());
        if (filter.leadSource() != null) {
            where.add("s.lead_source = lower(:leadSource)", "leadSource", filter.leadSource());
        }
        return where;
    }

    private static void flag(SqlConditions where, String column, Boolean value) {
        if (value != null) {
            where.add("s." + column + " = :" + column, column, value);
        }
    }

    /** The page and the number of matches. */
    static Page<ContactSummary> page(Jdbi jdbi, ContactFilter filter, ContactSort sort, PageRequest request) {
        SqlConditions where = where(filter);
        String direction = sort == ContactSort.CREATED_ASC ? "asc" : "desc";
        return jdbi.withHandle(handle -> {
            List<Hit> hits = where.bindTo(handle.createQuery(PAGE_SQL))
                    .define("where", where.sql())
                    .define("direction", direction)
                    .bind("limit", request.size())
                    .bind("offset", request.offset())
                    .map((rs, ctx) -> new Hit(SUMMARIES.map(rs, ctx), rs.getLong("total_matches")))
                    .list();
            long total;
            if (!hits.isEmpty()) {
                total = hits.get(0).total();
            } else if (request.offset() == 0) {
                total = 0;
            } else {
                total = where.bindTo(handle.createQuery(COUNT_SQL)).define("where", where.sql()).mapTo(Long.class).one();
            }
            return new Page<>(hits.stream().map(Hit::summary).toList(), total, request);
        });
    }

    /** One row of the page with the number of matches it came with. */
    private record Hit(ContactSummary summary, long total) {
    }
}
