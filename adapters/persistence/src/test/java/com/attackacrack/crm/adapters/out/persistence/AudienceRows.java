package com.attackacrack.crm.adapters.out.persistence;

import java.time.Instant;
import org.jdbi.v3.core.Jdbi;

/** Inserts the rows audience tests need (contacts, properties, links, texts, import rows) with plain SQL. */
final class AudienceRows {

    static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");

    private final Jdbi jdbi;
    private int phones;

    AudienceRows(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Empties every table lists, filters and audiences read. */
    void empty() {
        jdbi.useHandle(handle -> handle.execute("truncate campaign_lists, saved_filters, contacts, properties, "
                + "property_contacts, imports, conversations restart identity cascade"));
    }

    long contact(String firstName, String email, String leadSource, boolean customer) {
        phones++;
        return jdbi.withHandle(handle -> handle.createQuery("""
                insert into contacts (first_name, phone, email, lead_source, customer_since, source, created_at,
                                      updated_at, last_activity_at)
                values (:name, :phone, :email, :leadSource, :since, 'test', :t, :t, :t)
                returning id
                """).bind("name", firstName).bind("phone", "+1617555" + String.format("%04d", phones))
                .bind("email", email).bind("leadSource", leadSource)
                .bind("since", customer ? java.time.LocalDate.of(2024, 1, 1) : null)
                .bind("t", T0).mapTo(Long.class).one());
    }

    long contact(String firstName) {
        return contact(firstName, null, null, false);
    }

    long property(String type, String city, String zip, Integer equity, Boolean ownerOccupied) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                insert into properties (street, city, zip, property_type, equity_percent, owner_occupied, source,
                                        created_at, updated_at)
                values ('1 Main St', :city, :zip, :type, :equity, :owner, 'test', :t, :t)
                returning id
                """).bind("city", city).bind("zip", zip).bind("type", type).bind("equity", equity)
                .bind("owner", ownerOccupied).bind("t", T0).mapTo(Long.class).one());
    }

    void link(long property, long contact) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                insert into property_contacts (property_id, contact_id, relationship, created_at)
                values (:property, :contact, 'primary_owner', :t)
                """).bind("property", property).bind("contact", contact).bind("t", T0).execute());
    }

    void text(long contact, String direction, Instant at) {
        jdbi.useHandle(handle -> {
            long conversation = handle.createQuery("""
                    insert into conversations (contact_id, last_activity_at) values (:contact, :t)
                    on conflict (contact_id) do update set last_activity_at = excluded.last_activity_at
                    returning id
                    """).bind("contact", contact).bind("t", at).mapTo(Long.class).one();
            handle.createUpdate("""
                    insert into messages (conversation_id, contact_id, direction, status, created_at, recorded_at,
                                          status_at)
                    values (:conversation, :contact, :direction, :status, :t, :t, :t)
                    """).bind("conversation", conversation).bind("contact", contact).bind("direction", direction)
                    .bind("status", "inbound".equals(direction) ? "received" : "sent").bind("t", at).execute();
        });
    }

    long importRun() {
        return jdbi.withHandle(handle -> handle.createQuery("""
                insert into imports (file_name, format, started_by, status, created_at)
                values ('leads.csv', 'propertyradar', 'admin@example.com', 'completed', :t) returning id
                """).bind("t", T0).mapTo(Long.class).one());
    }

    void importedContact(long importId, long line, int slot, long contact, String outcome) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                insert into import_row_contacts (import_id, line, slot, contact_id, outcome)
                values (:import, :line, :slot, :contact, :outcome)
                """).bind("import", importId).bind("line", line).bind("slot", slot).bind("contact", contact)
                .bind("outcome", outcome).execute());
    }

    void deleteContact(long contact) {
        jdbi.useHandle(handle -> handle.execute("delete from contacts where id = ?", contact));
    }
}
