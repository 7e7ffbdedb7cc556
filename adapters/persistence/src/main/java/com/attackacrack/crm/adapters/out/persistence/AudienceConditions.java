package com.attackacrack.crm.adapters.out.persistence;

import com.attackacrack.crm.domain.campaign.AudienceFilter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The SQL of an {@link AudienceFilter}: conditions over {@code contacts c}, each a constant fragment with bind
 * parameters named {@code audience...} (so they never clash with a statement's own). Use it in any statement that
 * reads {@code from contacts c}:
 * <pre>{@code
 * SqlConditions where = AudienceConditions.where(filter, clock.instant());
 * where.bindTo(handle.createQuery("select count(*) from contacts c <where>").define("where", where.sql()))
 * }</pre>
 * or add the conditions to a {@link SqlConditions} that already holds others with {@link #add}. Semantics, per
 * criterion (null means any):
 * <ul>
 *   <li>leadSource: equal ignoring case; customer: customer since set (true) or not (false); hasEmail: email set or not;</li>
 *   <li>propertyType (ignoring case), city (ignoring case), zip, equityMin/equityMax (inclusive) and ownerOccupied all
 *       hold together on one linked property ({@code EXISTS} over {@code property_contacts} join {@code properties});</li>
 *   <li>inList / notInList: a row, or none, in {@code campaign_list_members} for that list;</li>
 *   <li>notTextedInDays: no outbound message created at or after {@code now} minus that many days;</li>
 *   <li>neverReplied: no inbound message ever.</li>
 * </ul>
 */
final class AudienceConditions {

    private AudienceConditions() {
    }

    /** The conditions of the filter alone. */
    static SqlConditions where(AudienceFilter filter, Instant now) {
        SqlConditions where = new SqlConditions();
        add(filter, now, where);
        return where;
    }

    /** Adds the filter's conditions to {@code where}; {@code now} anchors "not texted in N days". */
    static void add(AudienceFilter filter, Instant now, SqlConditions where) {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(now, "now");
        if (filter.leadSource() != null) {
            where.add("lower(c.lead_source) = lower(:audienceLeadSource)", "audienceLeadSource", filter.leadSource());
        }
        where.flag(filter.customer(), "c.customer_since is not null", "c.customer_since is null");
        where.flag(filter.hasEmail(), "c.email is not null", "c.email is null");
        addProperty(filter, where);
        if (filter.inList() != null) {
            where.add("exists (select 1 from campaign_list_members lm where lm.list_id = :audienceInList"
                    + " and lm.contact_id = c.id)", "audienceInList", filter.inList().value());
        }
        if (filter.notInList() != null) {
            where.add("not exists (select 1 from campaign_list_members lm where lm.list_id = :audienceNotInList"
                    + " and lm.contact_id = c.id)", "audienceNotInList", filter.notInList().value());
        }
        if (filter.notTextedInDays() != null) {
            where.add("not exists (select 1 from messages m where m.contact_id = c.id and m.direction = 'outbound'"
                            + " and m.created_at >= :audienceTextedSince)", "audienceTextedSince",
                    now.minus(Duration.ofDays(filter.notTextedInDays())));
        }
        if (filter.neverReplied()) {
            where.add("not exists (select 1 from messages m where m.contact_id = c.id and m.direction = 'inbound')");
        }
    }

    /** One EXISTS over the contact's linked properties holding every property criterion, if there is any. */
    private static void addProperty(AudienceFilter filter, SqlConditions where) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> values = new LinkedHashMap<>();
        if (filter.propertyType() != null) {
            conditions.add("lower(p.property_type) = lower(:audiencePropertyType)");
            values.put("audiencePropertyType", filter.propertyType());
        }
        if (filter.city() != null) {
            conditions.add("lower(p.city) = lower(:audienceCity)");
            values.put("audienceCity", filter.city());
        }
        if (filter.zip() != null) {
            conditions.add("p.zip = :audienceZip");
            values.put("audienceZip", filter.zip());
        }
        if (filter.equityMin() != null) {
            conditions.add("p.equity_percent >= :audienceEquityMin");
            values.put("audienceEquityMin", filter.equityMin());
        }
        if (filter.equityMax() != null) {
            conditions.add("p.equity_percent <= :audienceEquityMax");
            values.put("audienceEquityMax", filter.equityMax());
        }
        if (filter.ownerOccupied() != null) {
            conditions.add("p.owner_occupied = :audienceOwnerOccupied");
            values.put("audienceOwnerOccupied", filter.ownerOccupied());
        }
        if (!conditions.isEmpty()) {
            where.add("exists (select 1 from property_contacts pc join properties p on p.id = pc.property_id"
                    + " where pc.contact_id = c.id and " + String.join(" and ", conditions) + ")", values);
        }
    }
}
