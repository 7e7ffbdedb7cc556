package com.attackacrack.crm.adapters.out.persistence;

import com.attackacrack.crm.application.port.out.DemoDataWriter;
import java.util.List;
import java.util.Objects;
import org.jdbi.v3.core.Jdbi;

/**
 * Writes demo data with PostgreSQL COPY into temporary tables, then one {@code insert ... select ... on conflict do
 * nothing} per batch that also links only the rows it inserted: a batch costs a handful of statements whatever its size,
 * and rows whose phone, email or APN is already taken are skipped.
 */
public final class JdbiDemoDataWriter implements DemoDataWriter {

    private static final String STAGE = """
            create temporary table demo_contacts_in (
                ord int, first_name text, last_name text, phone text, email text, lead_source text,
                customer_since date, opt_out_reason text, opted_out_at timestamptz, created_at timestamptz
            ) on commit drop;
            create temporary table demo_properties_in (
                ord int, street text, city text, state text, zip text, property_type text, apn text, year_built int,
                square_feet int, beds int, baths numeric(4, 1), estimated_value bigint, estimated_equity bigint,
                equity_percent int, owner_occupied boolean, listed_for_sale boolean, foreclosure boolean,
                created_at timestamptz
            ) on commit drop;
            create temporary table demo_links_in (contact_ord int, property_ord int, relationship text) on commit drop
            """;

    private static final String MERGE = """
            with new_contacts as (
                insert into contacts (first_name, last_name, phone, email, lead_source, customer_since, opt_out_reason,
                                      opted_out_at, source, created_at, updated_at, last_activity_at)
                select first_name, last_name, phone, email, lead_source, customer_since, opt_out_reason, opted_out_at,
                       'demo', created_at, created_at, coalesce(opted_out_at, created_at)
                from demo_contacts_in order by ord
                on conflict do nothing
                returning id, phone, created_at
            ), new_properties as (
                insert into properties (street, city, state, zip, property_type, apn, year_built, square_feet, beds, baths,
                                        estimated_value, estimated_equity, equity_percent, owner_occupied,
                                        listed_for_sale, foreclosure, source, created_at, updated_at)
                select street, city, state, zip, property_type, apn, year_built, square_feet, beds, baths,
                       estimated_value, estimated_equity, equity_percent, owner_occupied, listed_for_sale, foreclosure,
                       'demo', created_at, created_at
                from demo_properties_in order by ord
                on conflict do nothing
                returning id, apn, created_at
            )
            insert into property_contacts (property_id, contact_id, relationship, created_at)
            select p.id, c.id, l.relationship, greatest(p.created_at, c.created_at)
            from demo_links_in l
            join demo_contacts_in ci on ci.ord = l.contact_ord
            join new_contacts c on c.phone = ci.phone
            join demo_properties_in pi on pi.ord = l.property_ord
            join new_properties p on p.apn = pi.apn
            on conflict do nothing
            """;

    private final Jdbi jdbi;

    public JdbiDemoDataWriter(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    @Override
    public Counts counts() {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        select (select count(*) from contacts) as contacts,
                               (select count(*) from properties) as properties,
                               (select count(*) from property_contacts) as links
                        """)
                .map((rs, ctx) -> new Counts(rs.getLong("contacts"), rs.getLong("properties"), rs.getLong("links")))
                .one());
    }

    /** One above the last value each identity sequence handed out: sequences never go back, even after deletes. */
    @Override
    public Serials nextSerials() {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        select coalesce(pg_sequence_last_value(pg_get_serial_sequence('contacts', 'id')), 0) + 1 as contact,
                               coalesce(pg_sequence_last_value(pg_get_serial_sequence('properties', 'id')), 0) + 1 as property
                        """)
                .map((rs, ctx) -> new Serials(rs.getLong("contact"), rs.getLong("property")))
                .one());
    }

    @Override
    public void writeBatch(List<DemoContact> contacts, List<DemoProperty> properties, List<DemoLink> links) {
        if (contacts.isEmpty() && properties.isEmpty()) {
            return;
        }
        jdbi.useTransaction(handle -> {
            handle.createScript(STAGE).execute();
            CopyCsv.copy(handle, "demo_contacts_in", DemoCsv.contacts(contacts));
            CopyCsv.copy(handle, "demo_properties_in", DemoCsv.properties(properties));
            CopyCsv.copy(handle, "demo_links_in", DemoCsv.links(links));
            handle.execute("analyze demo_contacts_in, demo_properties_in, demo_links_in");
            handle.execute(MERGE);
        });
    }
}
