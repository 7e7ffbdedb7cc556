package com.attackacrack.crm.adapters.out.persistence;

import com.attackacrack.crm.domain.contact.ContactFilter;
import org.jdbi.v3.core.Handle;

/**
 * Reads contact-list totals from {@code contact_counts} (migration V5): the number of contacts in each combination
 * of lead source, has email, has property, opted out and customer, kept exact by triggers. A filter made only of
 * those answers in one small sum instead of counting up to a million rows; search text, phone and created dates
 * need a real count.
 */
final class ContactFilterCounts {

    private ContactFilterCounts() {
    }

    /** Whether the kept counts can answer this filter exactly. */
    static boolean covers(ContactFilter filter) {
        return filter != null && filter.text() == null && filter.phone() == null && filter.createdFrom() == null
                && filter.createdTo() == null;
    }

    /** The number of contacts matching a filter that {@link #covers} accepts. */
    static long count(Handle handle, ContactFilter filter) {
        if (!covers(filter)) {
            throw new IllegalArgumentException("the kept counts cannot answer a search or a date range");
        }
        SqlConditions where = new SqlConditions();
        flag(where, "has_email", filter.hasEmail());
        flag(where, "has_property", filter.hasProperty());
        flag(where, "opted_out", filter.optedOut());
        flag(where, "customer", filter.customer());
        if (filter.leadSource() != null) {
            where.add("lead_source = lower(:leadSource)", "leadSource", filter.leadSource());
        }
        return where.bindTo(handle.createQuery("select coalesce(sum(n), 0) from contact_counts <where>")
                        .define("where", where.sql()))
                .mapTo(Long.class)
                .one();
    }

    private static void flag(SqlConditions where, String column, Boolean value) {
        if (value != null) {
            where.add(column + " = :" + column, column, value);
        }
    }
}
