package com.attackacrack.crm.adapters.out.persistence;

import com.attackacrack.crm.domain.shared.BusinessRuleException;
import com.attackacrack.crm.domain.shared.Page;
import com.attackacrack.crm.domain.shared.PageRequest;
import java.util.List;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * What the repositories of named rows (campaign lists, saved filters: names unique ignoring case through a unique
 * index on {@code lower(name)}) share: a rename that meets a taken name answers CONFLICT naming the holder and leaves
 * the transaction usable, and pages newest first with their total.
 */
final class NamedRows {

    private NamedRows() {
    }

    /**
     * Runs {@code update} inside a savepoint; a unique violation rolls back to it and throws {@code taken}, any other
     * failure is rethrown as it is.
     */
    static <T> T updateUnique(Handle handle, String savepoint, Supplier<T> update,
                              Supplier<BusinessRuleException> taken) {
        handle.savepoint(savepoint);
        T result;
        try {
            result = update.get();
        } catch (UnableToExecuteStatementException e) {
            if (SqlConditions.violatedUniqueConstraint(e) == null) {
                throw e;
            }
            handle.rollbackToSavepoint(savepoint);
            throw taken.get();
        }
        handle.release(savepoint);
        return result;
    }

    /** The CONFLICT for a name taken in {@code table}, naming the row that holds it as spelled there. */
    static BusinessRuleException taken(Handle handle, String table, String what, String name) {
        String existing = handle.createQuery("select name from " + table + " where lower(name) = lower(:name)")
                .bind("name", name).mapTo(String.class).findOne().orElse(name);
        return BusinessRuleException.conflict("A " + what + " named '" + existing + "' already exists: choose another name.");
    }

    /** One page of {@code select} (whose table has the alias {@code alias}), newest first, and the table's total. */
    static <T> Page<T> newestFirst(Handle handle, String select, String alias, String table, RowMapper<T> mapper,
                                   PageRequest page) {
        List<T> rows = handle.createQuery(select + " order by " + alias + ".created_at desc, " + alias + ".id desc"
                        + " limit :limit offset :offset")
                .bind("limit", page.size())
                .bind("offset", page.offset())
                .map(mapper)
                .list();
        long total = handle.createQuery("select count(*) from " + table).mapTo(Long.class).one();
        return new Page<>(rows, total, page);
    }
}
