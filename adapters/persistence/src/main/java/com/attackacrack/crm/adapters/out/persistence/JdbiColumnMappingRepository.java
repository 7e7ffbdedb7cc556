package com.attackacrack.crm.adapters.out.persistence;

import com.attackacrack.crm.application.port.out.ColumnMappingRepository;
import com.attackacrack.crm.domain.importing.ColumnMapping;
import com.attackacrack.crm.domain.importing.ImportField;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Saved column mappings in {@code column_mappings} (V7): the columns as a JSON object from {@link ImportField} name
 * to header name, built and read by PostgreSQL ({@code jsonb_object_agg}, {@code jsonb_each_text}; see
 * {@link ColumnMappingJson}). Saving upserts
 * on the name ignoring case (keeping the spelling saved last); names list A to Z ignoring case.
 */
public final class JdbiColumnMappingRepository implements ColumnMappingRepository {

    private final Jdbi jdbi;

    /** A repository on the process's one Jdbi (so that it joins {@link JdbiTransactionRunner} transactions). */
    public JdbiColumnMappingRepository(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    @Override
    public void save(String name, ColumnMapping mapping, Instant now) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mapping, "mapping");
        Objects.requireNonNull(now, "now");
        String stripped = name.strip();
        if (stripped.isEmpty()) {
            throw new IllegalArgumentException("a column mapping needs a name");
        }
        jdbi.useHandle(handle -> handle.createUpdate("""
                        insert into column_mappings (name, columns, created_at, updated_at)
                        select :name, coalesce(jsonb_object_agg(f.field, f.header), '{}'::jsonb), :now, :now
                        from unnest(cast(:fields as text[]), cast(:headers as text[])) as f (field, header)
                        on conflict (lower(name)) do update
                        set name = excluded.name, columns = excluded.columns, updated_at = excluded.updated_at
                        """)
                .bind("name", stripped)
                .bind("fields", ColumnMappingJson.fields(mapping))
                .bind("headers", ColumnMappingJson.headers(mapping))
                .bind("now", now)
                .execute());
    }

    @Override
    public Optional<ColumnMapping> find(String name) {
        Objects.requireNonNull(name, "name");
        List<Map.Entry<String, String>> rows = jdbi.withHandle(handle -> handle.createQuery("""
                        select e.key, e.value
                        from column_mappings m, jsonb_each_text(m.columns) e
                        where lower(m.name) = lower(:name)
                        """)
                .bind("name", name.strip())
                .map((rs, ctx) -> Map.entry(rs.getString("key"), rs.getString("value")))
                .list());
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ColumnMapping(ColumnMappingJson.columns(rows)));
    }

    @Override
    public List<String> names() {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "select name from column_mappings order by lower(name), name")
                .mapTo(String.class)
                .list());
    }
}
