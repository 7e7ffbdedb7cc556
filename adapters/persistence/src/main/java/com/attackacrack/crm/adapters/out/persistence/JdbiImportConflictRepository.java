package com.attackacrack.crm.adapters.out.persistence;

import com.attackacrack.crm.application.port.out.ImportConflictRepository;
import com.attackacrack.crm.domain.contact.ContactId;
import com.attackacrack.crm.domain.contact.DuplicateContactException;
import com.attackacrack.crm.domain.importing.ConflictField;
import com.attackacrack.crm.domain.importing.ConflictFilter;
import com.attackacrack.crm.domain.importing.ConflictStatus;
import com.attackacrack.crm.domain.importing.ImportConflict;
import com.attackacrack.crm.domain.importing.ImportId;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import com.attackacrack.crm.domain.shared.Page;
import com.attackacrack.crm.domain.shared.PageRequest;
import com.attackacrack.crm.domain.shared.PhoneNumber;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * The conflict queue in {@code import_conflicts} (V6). A list page is two statements whatever its size (the page
 * joined to its import and contact, and the filtered total). Resolving is a conditional update of an open conflict
 * plus the write into the contact's column (named from {@link ConflictField}, never from input) in one transaction;
 * a phone or email another contact holds rolls both back to a savepoint and raises
 * {@link DuplicateContactException}. Resolving a whole import is a fixed number of set-based statements.
 */
public final class JdbiImportConflictRepository implements ImportConflictRepository {

    /** The contact's current value of the conflict's field ({@code c} the contact, {@code ic} the conflict). */
    static final String VALUE_NOW = """
            case ic.field when 'first_name' then c.first_name when 'last_name' then c.last_name \
            when 'email' then c.email when 'phone' then c.phone end""";

    private static final String SELECT = """
            select ic.id, ic.import_id, i.file_name, ic.line, ic.contact_id,
                   nullif(concat_ws(' ', nullif(btrim(c.first_name), ''), nullif(btrim(c.last_name), '')), '')
                       as contact_name,
                   ic.field, ic.current_value,\s""" + VALUE_NOW + """
             as value_now,
                   ic.incoming_value, ic.status, ic.resolved_value, ic.resolved_by, ic.resolved_at, ic.created_at
            from import_conflicts ic
            join imports i on i.id = ic.import_id
            join contacts c on c.id = ic.contact_id
            """;

    private static final String PAGE_SQL = SELECT + """
            <where>
            order by ic.created_at desc, ic.id desc
            limit :limit offset :offset
            """;

    private static final String TOTAL_SQL = """
            select count(*) from import_conflicts ic
            <where>
            """;

    private static final String KEEP_CURRENT_SQL = """
            update import_conflicts ic
            set status = 'kept_current', resolved_value = \s""" + VALUE_NOW + """
            , resolved_by = :resolvedBy, resolved_at = :now
            from contacts c
            where c.id = ic.contact_id and <which> and ic.status = 'open'
            """;

    private static final String TAKE_SQL = """
            update import_conflicts
            set status = :status, resolved_value = coalesce(:value, incoming_value), resolved_by = :resolvedBy,
                resolved_at = :now
            where id = :id and status = 'open'
            returning contact_id, field, resolved_value
            """;

    /** Locks the import's open conflicts, so that the statement after it reads them as they stay. */
    private static final String LOCK_OPEN_SQL = """
            select count(*) from (
                select 1 from import_conflicts
                where import_id = :importId and status = 'open'
                order by id
                for update
            ) locked
            """;

    /**
     * Takes every open conflict of an import in one statement: per contact and field the highest line wins (the
     * others of that contact and field are kept_current); a winner whose phone or email another contact holds,
     * or another winner brings to a different contact, stays open with its losers. Returns how many it resolved.
     */
    private static final String TAKE_ALL_SQL = """
            with ranked as (
                select ic.id, ic.contact_id, ic.field, ic.incoming_value,
                       row_number() over (partition by ic.contact_id, ic.field order by ic.line desc, ic.id desc) as rank
                from import_conflicts ic
                where ic.import_id = :importId and ic.status = 'open'
            ), winners as (
                select id, contact_id, field, incoming_value from ranked where rank = 1
            ), eligible as (
                select w.* from winners w
                where w.field not in ('phone', 'email')
                   or (not exists (select 1 from contacts o
                                   where o.id <> w.contact_id
                                     and ((w.field = 'phone' and o.phone = w.incoming_value)
                                       or (w.field = 'email' and o.email = w.incoming_value)))
                       and not exists (select 1 from winners w2
                                       where w2.field = w.field and w2.incoming_value = w.incoming_value
                                         and w2.contact_id <> w.contact_id))
            ), per_contact as (
                select contact_id,
                       bool_or(field = 'first_name') as set_first_name,
                       max(incoming_value) filter (where field = 'first_name') as first_name,
                       bool_or(field = 'last_name') as set_last_name,
                       max(incoming_value) filter (where field = 'last_name') as last_name,
                       bool_or(field = 'email') as set_email,
                       max(incoming_value) filter (where field = 'email') as email,
                       bool_or(field = 'phone') as set_phone,
                       max(incoming_value) filter (where field = 'phone') as phone
                from eligible
                group by contact_id
            ), written as (
                update contacts c
                set first_name = case when p.set_first_name then p.first_name else c.first_name end,
                    last_name = case when p.set_last_name then p.last_name else c.last_name end,
                    email = case when p.set_email then p.email else c.email end,
                    phone = case when p.set_phone then p.phone else c.phone end,
                    updated_at = :now
                from per_contact p
                where c.id = p.contact_id
                returning c.id
            ), resolved as (
                update import_conflicts ic
                set status = case when ic.id = e.id then 'took_incoming' else 'kept_current' end,
                    resolved_value = e.incoming_value, resolved_by = :resolvedBy, resolved_at = :now
                from eligible e
                where ic.import_id = :importId and ic.status = 'open'
                  and ic.contact_id = e.contact_id and ic.field = e.field
                returning ic.id
            )
            select (select count(*) from resolved) as resolved, (select count(*) from written) as written
            """;

    private static final String RESOLVE_SAVEPOINT = "conflict_resolve";
    private static final int TAKE_ALL_ATTEMPTS = 3;

    private static final RowMapper<ImportConflict> CONFLICT = JdbiImportConflictRepository::conflict;

    private final Jdbi jdbi;

    /** A repository on the process's one Jdbi (so that it joins {@link JdbiTransactionRunner} transactions). */
    public JdbiImportConflictRepository(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    @Override
    public Page<ImportConflict> list(ConflictFilter filter, PageRequest page) {
        Objects.requireNonNull(page, "page");
        SqlConditions where = where(filter);
        return jdbi.withHandle(handle -> {
            List<ImportConflict> rows = where.bindTo(handle.createQuery(PAGE_SQL)
                            .define("where", where.sql())
                            .bind("limit", page.size())
                            .bind("offset", page.offset()))
                    .map(CONFLICT)
                    .list();
            long total = where.bindTo(handle.createQuery(TOTAL_SQL).define("where", where.sql()))
                    .mapTo(Long.class)
                    .one();
            return new Page<>(rows, total, page);
        });
    }

    @Override
    public Optional<ImportConflict> find(long id) {
        return jdbi.withHandle(handle -> handle.createQuery(SELECT + "where ic.id = :id")
                .bind("id", id)
                .map(CONFLICT)
                .findOne());
    }

    @Override
    public boolean resolve(long id, ConflictStatus resolution, String value, String resolvedBy, Instant now) {
        Objects.requireNonNull(resolution, "resolution");
        Objects.requireNonNull(resolvedBy, "resolvedBy");
        Objects.requireNonNull(now, "now");
        return switch (resolution) {
            case OPEN -> throw new IllegalArgumentException("a conflict is resolved as kept, taken or edited");
            case KEPT_CURRENT -> jdbi.withHandle(handle -> handle.createUpdate(KEEP_CURRENT_SQL)
                    .define("which", "ic.id = :id")
                    .bind("id", id)
                    .bind("resolvedBy", resolvedBy)
                    .bind("now", now)
                    .execute()) > 0;
            case TOOK_INCOMING, EDITED -> write(id, resolution, value, resolvedBy, now);
        };
    }

    private boolean write(long id, ConflictStatus resolution, String value, String resolvedBy, Instant now) {
        if (resolution == ConflictStatus.EDITED) {
            Objects.requireNonNull(value, "value");
        }
        return jdbi.inTransaction(handle -> {
            handle.savepoint(RESOLVE_SAVEPOINT);
            Optional<Taken> taken = handle.createQuery(TAKE_SQL)
                    .bind("id", id)
                    .bind("status", resolution.code())
                    .bind("value", value)
                    .bind("resolvedBy", resolvedBy)
                    .bind("now", now)
                    .map((rs, ctx) -> new Taken(rs.getLong("contact_id"),
                            ConflictField.fromCode(rs.getString("field")), rs.getString("resolved_value")))
                    .findOne();
            if (taken.isEmpty()) {
                handle.release(RESOLVE_SAVEPOINT);
                return false;
            }
            Taken t = taken.get();
            try {
                handle.createUpdate("update contacts set <column> = :value, updated_at = :now where id = :id")
                        .define("column", column(t.field()))
                        .bind("value", t.value())
                        .bind("now", now)
                        .bind("id", t.contactId())
                        .execute();
            } catch (UnableToExecuteStatementException e) {
                if (SqlConditions.violatedUniqueConstraint(e) == null) {
                    throw e;
                }
                handle.rollbackToSavepoint(RESOLVE_SAVEPOINT);
                throw holder(handle, t).orElseThrow(() -> e);
            }
            handle.release(RESOLVE_SAVEPOINT);
            return true;
        });
    }

    @Override
    public int resolveAll(ImportId importId, ConflictStatus resolution, String resolvedBy, Instant now) {
        Objects.requireNonNull(importId, "importId");
        Objects.requireNonNull(resolution, "resolution");
        Objects.requireNonNull(resolvedBy, "resolvedBy");
        Objects.requireNonNull(now, "now");
        return switch (resolution) {
            case KEPT_CURRENT -> jdbi.withHandle(handle -> handle.createUpdate(KEEP_CURRENT_SQL)
                    .define("which", "ic.import_id = :importId")
                    .bind("importId", importId.value())
                    .bind("resolvedBy", resolvedBy)
                    .bind("now", now)
                    .execute());
            case TOOK_INCOMING -> jdbi.inTransaction(handle -> takeAll(handle, importId, resolvedBy, now));
            case OPEN, EDITED -> throw new IllegalArgumentException(
                    "a whole import is resolved as kept current or took incoming, not " + resolution);
        };
    }

    /** Locks, then takes; a phone or email claimed by a contact written meanwhile retries from a savepoint. */
    private static int takeAll(Handle handle, ImportId importId, String resolvedBy, Instant now) {
        for (int attempt = 1; ; attempt++) {
            handle.savepoint(RESOLVE_SAVEPOINT);
            try {
                handle.createQuery(LOCK_OPEN_SQL).bind("importId", importId.value()).mapTo(Long.class).one();
                int resolved = handle.createQuery(TAKE_ALL_SQL)
                        .bind("importId", importId.value())
                        .bind("resolvedBy", resolvedBy)
                        .bind("now", now)
                        .map((rs, ctx) -> rs.getInt("resolved"))
                        .one();
                handle.release(RESOLVE_SAVEPOINT);
                return resolved;
            } catch (UnableToExecuteStatementException e) {
                if (SqlConditions.violatedUniqueConstraint(e) == null || attempt >= TAKE_ALL_ATTEMPTS) {
                    throw e;
                }
                handle.rollbackToSavepoint(RESOLVE_SAVEPOINT);
            }
        }
    }

    @Override
    public long countOpen(ContactId contactOrNull) {
        return jdbi.withHandle(handle -> contactOrNull == null
                ? handle.createQuery("select count(*) from import_conflicts where status = 'open'")
                        .mapTo(Long.class).one()
                : handle.createQuery(
                                "select count(*) from import_conflicts where status = 'open' and contact_id = :id")
                        .bind("id", contactOrNull.value())
                        .mapTo(Long.class).one());
    }

    /** The WHERE clause for the filter; every fragment is a constant, every value a bind parameter. */
    static SqlConditions where(ConflictFilter filter) {
        SqlConditions where = new SqlConditions();
        if (filter == null) {
            return where;
        }
        if (filter.importId() != null) {
            where.add("ic.import_id = :importId", "importId", filter.importId().value());
        }
        if (filter.status() != null) {
            where.add("ic.status = :status", "status", filter.status().code());
        }
        if (filter.field() != null) {
            where.add("ic.field = :field", "field", filter.field().code());
        }
        return where;
    }

    /** The contacts column of a field: a constant per enum value, never text from input. */
    static String column(ConflictField field) {
        return switch (field) {
            case FIRST_NAME -> "first_name";
            case LAST_NAME -> "last_name";
            case EMAIL -> "email";
            case PHONE -> "phone";
        };
    }

    /** Which other contact holds the phone or email just refused, if any. */
    private static Optional<DuplicateContactException> holder(Handle handle, Taken taken) {
        DuplicateContactException.Field field = switch (taken.field()) {
            case PHONE -> DuplicateContactException.Field.PHONE;
            case EMAIL -> DuplicateContactException.Field.EMAIL;
            case FIRST_NAME, LAST_NAME -> null;
        };
        if (field == null) {
            return Optional.empty();
        }
        return handle.createQuery("select id from contacts where <column> = :value and id <> :self")
                .define("column", column(taken.field()))
                .bind("value", taken.value())
                .bind("self", taken.contactId())
                .mapTo(Long.class)
                .findOne()
                .map(holder -> new DuplicateContactException(field, shown(taken), new ContactId(holder)));
    }

    /** The value as people read it: a phone number in its display form. */
    private static String shown(Taken taken) {
        if (taken.field() == ConflictField.PHONE) {
            try {
                return new PhoneNumber(taken.value()).display();
            } catch (BusinessRuleException notE164) {
                return taken.value();
            }
        }
        return taken.value();
    }

    private static ImportConflict conflict(ResultSet rs, StatementContext context) throws SQLException {
        return new ImportConflict(rs.getLong("id"), new ImportId(rs.getLong("import_id")), rs.getString("file_name"),
                rs.getLong("line"), new ContactId(rs.getLong("contact_id")), rs.getString("contact_name"),
                ConflictField.fromCode(rs.getString("field")), rs.getString("current_value"),
                rs.getString("value_now"), rs.getString("incoming_value"),
                ConflictStatus.fromCode(rs.getString("status")), rs.getString("resolved_value"),
                rs.getString("resolved_by"), Columns.nullableInstant(rs, "resolved_at"),
                Columns.instant(rs, "created_at"));
    }

    /** What a conditional take wrote on the conflict: the contact, the field and the value. */
    private record Taken(long contactId, ConflictField field, String value) {
    }
}
