package com.attackacrack.crm.adapters.out.persistence;

import com.attackacrack.crm.application.port.out.ImportRepository;
import com.attackacrack.crm.domain.importing.ImportCounts;
import com.attackacrack.crm.domain.importing.ImportFormat;
import com.attackacrack.crm.domain.importing.ImportId;
import com.attackacrack.crm.domain.importing.ImportRecord;
import com.attackacrack.crm.domain.importing.ImportRow;
import com.attackacrack.crm.domain.importing.ImportStatus;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;

/**
 * Stores import runs in PostgreSQL and applies a batch of rows set-based: the batch is copied (COPY) into temporary
 * tables, then a fixed sequence of {@code insert ... select} and {@code update ... from} statements matches, creates,
 * enriches and links properties and contacts and records every row's outcome, whatever the batch size. Rows naming
 * the same property, or contacts sharing a phone or an email, inside one batch become one record. Runs in the
 * caller's transaction when one is open on the same {@link Jdbi}; a batch is atomic either way.
 */
public final class JdbiImportRepository implements ImportRepository {

    /** The property columns an import writes, in staging-table and COPY order. */
    private static final List<String> PROPERTY_COLUMNS = List.of("street", "city", "state", "zip", "property_type",
            "apn", "year_built", "square_feet", "beds", "baths", "estimated_value", "estimated_equity",
            "equity_percent", "owner_occupied", "listed_for_sale", "foreclosure", "mailing_street", "mailing_city",
            "mailing_state", "mailing_zip");

    private static final String PROPERTY_LIST = String.join(", ", PROPERTY_COLUMNS);

    /** Per column, the newest non-null value of the batch's rows (the latest line wins). */
    private static final String PROPERTY_LATEST = PROPERTY_COLUMNS.stream()
            .map(c -> "(array_agg(" + c + " order by line desc) filter (where " + c + " is not null))[1] as " + c)
            .collect(Collectors.joining(",\n       "));

    /**
     * JIT is off for the batch's transaction: the planner's estimates for the batch's correlated look-ups pass the JIT
     * threshold, and compiling costs ~200 ms per statement while running them takes a few milliseconds.
     */
    private static final String STAGE = """
            set local jit = off;
            drop table if exists imp_rows_in, imp_problems_in, imp_props_in, imp_contacts_in, imp_fill, imp_counted;
            select set_config('crm.import_links_counted', 'on', true);
            create temporary table imp_rows_in (line bigint primary key, rejected boolean not null) on commit drop;
            create temporary table imp_problems_in (line bigint, field text, value text, reason text) on commit drop;
            create temporary table imp_props_in (
                line bigint primary key, pkey text not null, street text, city text, state text, zip text,
                property_type text, apn text, year_built int, square_feet int, beds int, baths numeric(4, 1),
                estimated_value bigint, estimated_equity bigint, equity_percent int, owner_occupied boolean,
                listed_for_sale boolean, foreclosure boolean, mailing_street text, mailing_city text,
                mailing_state text, mailing_zip text, property_id bigint, outcome text
            ) on commit drop;
            create temporary table imp_contacts_in (
                line bigint, slot int, grp int not null, first_name text, last_name text, phone text, email text,
                lead_source text, notes text, relationship text, contact_id bigint, outcome text,
                primary key (line, slot)
            ) on commit drop;
            create temporary table imp_fill (contact_id bigint, field text, value text, line bigint, slot int)
                on commit drop;
            create temporary table imp_counted (contact_id bigint primary key, n int not null) on commit drop
            """;

    private static final String DONE_LINES = """
            select line from import_rows where import_id = :id and line = any(:lines)
            """;

    private static final String PROPERTY_MATCH = """
            update imp_props_in s set property_id = m.id
            from (
                select line, min(id) as id from (
                    select s.line, p.id from imp_props_in s join properties p on p.apn = s.apn
                    where s.property_id is null and s.apn is not null
                    union all
                    select s.line, p.id from imp_props_in s
                    join properties p on p.zip = s.zip and lower(p.street) = lower(s.street)
                    where s.property_id is null and s.apn is null and s.zip is not null
                    union all
                    select s.line, p.id from imp_props_in s join properties p on lower(p.street) = lower(s.street)
                    where s.property_id is null and s.apn is null and s.zip is null and p.zip is null
                      and lower(p.city) is not distinct from lower(s.city)
                ) found
                group by line
            ) m
            where s.line = m.line
            """;

    private static final String PROPERTY_INSERT = """
            with groups as (
                select pkey, min(line) as first_line, nextval(pg_get_serial_sequence('properties', 'id')) as id,
                       <latest>
                from imp_props_in where property_id is null
                group by pkey
            ), inserted as (
                insert into properties (id, <columns>, source, created_at, updated_at) overriding system value
                select id, <columns>, :source, :now, :now from groups order by first_line
                on conflict (apn) do nothing
                returning id
            )
            update imp_props_in s
            set property_id = g.id, outcome = case when s.line = g.first_line then 'created' else 'unchanged' end
            from groups g join inserted i on i.id = g.id
            where s.pkey = g.pkey and s.property_id is null
            """.replace("<latest>", PROPERTY_LATEST).replace("<columns>", PROPERTY_LIST);

    private static final String PROPERTY_UPDATE = """
            with row_outcomes as (
                update imp_props_in s set outcome = case when <rowDiffers> then 'updated' else 'unchanged' end
                from properties p where p.id = s.property_id and s.outcome is null
                returning s.line
            ), incoming as (
                select property_id,
                       <latest>
                from imp_props_in where property_id is not null and outcome is null
                group by property_id
            )
            update properties p set <assignments>, updated_at = :now
            from incoming i
            where p.id = i.property_id and (<incomingDiffers>)
            """.replace("<rowDiffers>", differs("s")).replace("<latest>", PROPERTY_LATEST)
            .replace("<assignments>", PROPERTY_COLUMNS.stream().map(c -> c + " = coalesce(i." + c + ", p." + c + ")")
                    .collect(Collectors.joining(", ")))
            .replace("<incomingDiffers>", differs("i"));

    /** Unmatched candidates: by phone, else email; without either, the same names already linked to the property. */
    private static final String CONTACT_MATCH = """
            update imp_contacts_in c
            set contact_id = case when c.phone is not null or c.email is not null then
                                 coalesce((select k.id from contacts k where k.phone = c.phone),
                                          (select k.id from contacts k where k.email = c.email))
                             else (select min(k.id) from imp_props_in p
                                   join property_contacts pc on pc.property_id = p.property_id
                                   join contacts k on k.id = pc.contact_id
                                   where p.line = c.line
                                     and lower(k.first_name) is not distinct from lower(c.first_name)
                                     and lower(k.last_name) is not distinct from lower(c.last_name))
                             end
            where c.contact_id is null
            """;

    private static final String CONTACT_GROUP = """
            update imp_contacts_in s set contact_id = g.contact_id
            from (select grp, min(contact_id) as contact_id from imp_contacts_in where contact_id is not null group by grp) g
            where s.grp = g.grp and s.contact_id is null
            """;

    private static final String CONTACT_INSERT = """
            with reps as (
                select distinct on (grp) grp, line, slot, first_name, last_name, phone, email, lead_source, notes
                from imp_contacts_in where contact_id is null
                order by grp, line, slot
            ), link_counts as (
                select c.grp, count(distinct p.property_id)::int as n
                from imp_contacts_in c join imp_props_in p on p.line = c.line
                where c.contact_id is null and p.property_id is not null
                group by c.grp
            ), groups as (
                select r.*, coalesce(l.n, 0) as links, nextval(pg_get_serial_sequence('contacts', 'id')) as id
                from reps r left join link_counts l on l.grp = r.grp
            ), inserted as (
                insert into contacts (id, first_name, last_name, phone, email, lead_source, notes, source, created_at,
                                      updated_at, last_activity_at, property_count) overriding system value
                select id, first_name, last_name, phone, email, lead_source, notes, :source, :now, :now, :now, links
                from groups order by line, slot
                on conflict do nothing
                returning id, property_count
            ), counted as (
                insert into imp_counted (contact_id, n) select id, property_count from inserted
            )
            update imp_contacts_in s
            set contact_id = g.id, outcome = case when s.line = g.line and s.slot = g.slot then 'created' end
            from groups g join inserted i on i.id = g.id
            where s.grp = g.grp and s.contact_id is null
            """;

    private static final String FILL_FIND = """
            insert into imp_fill (contact_id, field, value, line, slot)
            select distinct on (s.contact_id, f.field) s.contact_id, f.field, f.incoming, s.line, s.slot
            from imp_contacts_in s join contacts k on k.id = s.contact_id
            cross join lateral (values ('first_name', s.first_name, k.first_name), ('last_name', s.last_name, k.last_name),
                                       ('email', s.email, k.email), ('phone', s.phone, k.phone),
                                       ('lead_source', s.lead_source, k.lead_source), ('notes', s.notes, k.notes))
                 f(field, incoming, current)
            where f.incoming is not null and f.current is null
            order by s.contact_id, f.field, s.line, s.slot
            """;

    private static final String FILL_BLOCK = """
            with blocked as (
                select f.contact_id, f.field, f.value, f.line,
                       coalesce(case f.field when 'email' then (select k.id from contacts k where k.email = f.value)
                                             else (select k.id from contacts k where k.phone = f.value) end,
                                (select min(o.contact_id) from imp_fill o
                                 where o.field = f.field and o.value = f.value and o.contact_id <> f.contact_id
                                   and (o.line, o.slot) < (f.line, f.slot))) as holder
                from imp_fill f where f.field in ('email', 'phone')
            ), removed as (
                delete from imp_fill f using blocked b
                where b.holder is not null and f.contact_id = b.contact_id and f.field = b.field
                returning b.line, b.field, b.value, b.holder, b.contact_id
            )
            insert into import_problems (import_id, line, field, value, reason)
            select :id, line, case field when 'email' then 'Email' else 'Phone' end, value,
                   'already belongs to contact ' || holder || ', so it was not added to contact ' || contact_id
            from removed
            order by line
            """;

    private static final String FILL_APPLY = """
            update contacts k
            set first_name = coalesce(k.first_name, f.first_name), last_name = coalesce(k.last_name, f.last_name),
                email = coalesce(k.email, f.email), phone = coalesce(k.phone, f.phone),
                lead_source = coalesce(k.lead_source, f.lead_source), notes = coalesce(k.notes, f.notes),
                updated_at = :now
            from (
                select contact_id,
                       max(value) filter (where field = 'first_name') as first_name,
                       max(value) filter (where field = 'last_name') as last_name,
                       max(value) filter (where field = 'email') as email,
                       max(value) filter (where field = 'phone') as phone,
                       max(value) filter (where field = 'lead_source') as lead_source,
                       max(value) filter (where field = 'notes') as notes
                from imp_fill group by contact_id
            ) f
            where k.id = f.contact_id
            """;

    private static final String CONFLICTS = """
            insert into import_conflicts (import_id, line, contact_id, field, current_value, incoming_value, created_at)
            select :id, s.line, s.contact_id, f.field, f.current, f.incoming, :now
            from imp_contacts_in s join contacts k on k.id = s.contact_id
            cross join lateral (values ('first_name', k.first_name, s.first_name, true),
                                       ('last_name', k.last_name, s.last_name, true),
                                       ('email', k.email, s.email, false), ('phone', k.phone, s.phone, false))
                 f(field, current, incoming, ignore_case)
            where f.current is not null and f.incoming is not null
              and case when f.ignore_case then lower(f.current) <> lower(f.incoming) else f.current <> f.incoming end
            order by s.line, s.slot
            on conflict do nothing
            """;

    private static final String CONTACT_OUTCOMES = """
            update imp_contacts_in s
            set outcome = case when exists (select 1 from imp_fill f where f.line = s.line and f.slot = s.slot)
                               then 'enriched' else 'unchanged' end
            where s.outcome is null and s.contact_id is not null
            """;

    private static final String RECORD = """
            with done_rows as (
                insert into import_rows (import_id, line, rejected) select :id, line, rejected from imp_rows_in
            ), problems as (
                insert into import_problems (import_id, line, field, value, reason)
                select :id, line, field, value, reason from imp_problems_in
            ), row_properties as (
                insert into import_row_properties (import_id, line, property_id, outcome)
                select :id, line, property_id, outcome from imp_props_in where outcome is not null
            ), row_contacts as (
                insert into import_row_contacts (import_id, line, slot, contact_id, outcome)
                select :id, line, slot, contact_id, outcome from imp_contacts_in
                where contact_id is not null and outcome is not null
            ), links as (
                insert into property_contacts (property_id, contact_id, relationship, created_at)
                select p.property_id, s.contact_id, coalesce(s.relationship, 'other'), :now
                from imp_contacts_in s join imp_props_in p on p.line = s.line
                where s.contact_id is not null and p.property_id is not null
                order by s.line, s.slot
                on conflict do nothing
                returning contact_id
            ), link_counts as (
                select contact_id, count(*)::int as n from links group by contact_id
            ), counts_fixed as (
                -- The links' trigger is off for the batch: new contacts were inserted with the links they were
                -- expected to get; every difference (links to existing contacts, or an expected link that already
                -- existed) is added here, so property_count always equals the contact's links.
                update contacts k set property_count = k.property_count + d.delta
                from (select coalesce(l.contact_id, c.contact_id) as contact_id, coalesce(l.n, 0) - coalesce(c.n, 0) as delta
                      from link_counts l full join imp_counted c on c.contact_id = l.contact_id) d
                where k.id = d.contact_id and d.delta <> 0
            )
            update imports
            set rows_done = (select count(*) from import_rows where import_id = :id) + (select count(*) from imp_rows_in)
            where id = :id
            """;

    private static final String COUNTS = """
            with contact_best as (
                select min(case outcome when 'created' then 1 when 'enriched' then 2 else 3 end) as best
                from import_row_contacts where import_id = :id and contact_id is not null
                group by contact_id
            ), property_best as (
                select min(case outcome when 'created' then 1 when 'updated' then 2 else 3 end) as best
                from import_row_properties where import_id = :id and property_id is not null
                group by property_id
            )
            select (select count(*) from import_rows where import_id = :id) as rows_read,
                   (select count(*) from import_rows where import_id = :id and rejected) as rows_rejected,
                   (select count(*) from contact_best where best = 1) as contacts_created,
                   (select count(*) from contact_best where best = 2) as contacts_enriched,
                   (select count(*) from contact_best where best = 3) as contacts_unchanged,
                   (select count(*) from property_best where best = 1) as properties_created,
                   (select count(*) from property_best where best = 2) as properties_updated,
                   (select count(*) from property_best where best = 3) as properties_unchanged,
                   (select count(*) from import_conflicts where import_id = :id) as conflicts,
                   (select count(*) from import_problems where import_id = :id) as problems
            """;

    private final Jdbi jdbi;

    /** A repository on the process's one Jdbi (so that it joins {@link JdbiTransactionRunner} transactions). */
    public JdbiImportRepository(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    @Override
    public ImportId start(String fileName, ImportFormat format, String startedBy, Long rowsTotal, Instant now) {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(startedBy, "startedBy");
        Objects.requireNonNull(now, "now");
        long id = jdbi.withHandle(handle -> handle.createQuery("""
                        insert into imports (file_name, format, started_by, status, rows_total, created_at)
                        values (:fileName, :format, :startedBy, 'running', :rowsTotal, :now)
                        returning id
                        """)
                .bind("fileName", fileName).bind("format", format.key()).bind("startedBy", startedBy)
                .bind("rowsTotal", rowsTotal).bind("now", now)
                .mapTo(Long.class).one());
        return new ImportId(id);
    }

    @Override
    public void applyBatch(ImportId id, List<ImportRow> rows, String source, Instant now) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(now, "now");
        if (rows.isEmpty()) {
            return;
        }
        jdbi.useTransaction(handle -> {
            Set<Long> done = new HashSet<>(handle.createQuery(DONE_LINES).bind("id", id.value())
                    .bindArray("lines", Long.class, rows.stream().map(ImportRow::line).toList())
                    .mapTo(Long.class).list());
            List<ImportRow> fresh = rows.stream().filter(row -> !done.contains(row.line())).toList();
            if (fresh.isEmpty()) {
                return;
            }
            ImportBatchCsv staged = ImportBatchCsv.of(fresh);
            handle.createScript(STAGE).execute();
            CopyCsv.copy(handle, "imp_rows_in (line, rejected)", staged.rows());
            CopyCsv.copy(handle, "imp_problems_in (line, field, value, reason)", staged.problems());
            CopyCsv.copy(handle, "imp_props_in (line, pkey, " + PROPERTY_LIST + ")", staged.properties());
            CopyCsv.copy(handle, "imp_contacts_in (line, slot, grp, first_name, last_name, phone, email, lead_source, notes, "
                    + "relationship)", staged.contacts());
            handle.execute("analyze imp_rows_in, imp_props_in, imp_contacts_in");

            handle.execute(PROPERTY_MATCH);
            handle.createUpdate(PROPERTY_INSERT).bind("source", source).bind("now", now).execute();
            handle.execute(PROPERTY_MATCH);
            handle.createUpdate(PROPERTY_UPDATE).bind("now", now).execute();

            handle.execute(CONTACT_MATCH);
            handle.execute(CONTACT_GROUP);
            handle.createUpdate(CONTACT_INSERT).bind("source", source).bind("now", now).execute();
            handle.execute(CONTACT_MATCH);

            handle.execute(FILL_FIND);
            handle.createUpdate(FILL_BLOCK).bind("id", id.value()).execute();
            handle.createUpdate(FILL_APPLY).bind("now", now).execute();
            handle.createUpdate(CONFLICTS).bind("id", id.value()).bind("now", now).execute();
            handle.execute(CONTACT_OUTCOMES);
            handle.createUpdate(RECORD).bind("id", id.value()).bind("now", now).execute();
            handle.execute("drop table imp_rows_in, imp_problems_in, imp_props_in, imp_contacts_in, imp_fill, imp_counted");
            handle.execute("select set_config('crm.import_links_counted', 'off', true)");
        });
    }

    @Override
    public ImportCounts counts(ImportId id) {
        Objects.requireNonNull(id, "id");
        return jdbi.withHandle(handle -> handle.createQuery(COUNTS).bind("id", id.value())
                .map((rs, ctx) -> new ImportCounts(rs.getLong("rows_read"), rs.getLong("rows_rejected"),
                        rs.getLong("contacts_created"), rs.getLong("contacts_enriched"),
                        rs.getLong("contacts_unchanged"), rs.getLong("properties_created"),
                        rs.getLong("properties_updated"), rs.getLong("properties_unchanged"),
                        rs.getLong("conflicts"), rs.getLong("problems")))
                .one());
    }

    @Override
    public void finish(ImportId id, ImportStatus status, String error, Instant now) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(now, "now");
        jdbi.useHandle(handle -> handle.createUpdate("""
                        update imports set status = :status, error = :error, finished_at = :now where id = :id
                        """)
                .bind("status", status.code()).bind("error", error).bind("now", now).bind("id", id.value())
                .execute());
    }

    @Override
    public Optional<ImportRecord> find(ImportId id) {
        Objects.requireNonNull(id, "id");
        return jdbi.withHandle(handle -> handle.createQuery("select " + JdbiImportHistory.COLUMNS
                        + " from imports where id = :id")
                .bind("id", id.value())
                .map(JdbiImportHistory::record)
                .findOne());
    }

    /** True when any incoming column of the given alias is non-null and differs from the property's. */
    private static String differs(String alias) {
        return PROPERTY_COLUMNS.stream()
                .filter(c -> !"apn".equals(c))
                .map(c -> "(" + alias + "." + c + " is not null and " + alias + "." + c + " is distinct from p." + c + ")")
                .collect(Collectors.joining(" or "));
    }
}
