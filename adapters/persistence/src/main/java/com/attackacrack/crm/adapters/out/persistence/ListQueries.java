package com.attackacrack.crm.adapters.out.persistence;

import com.attackacrack.crm.domain.shared.Page;
import com.attackacrack.crm.domain.shared.PageRequest;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * Runs the statements of one list view: a page (the deferred-join page SQL) plus its total (the trigger-kept
 * counter when nothing is filtered, else a filtered count), or every matching row streamed for an export.
 * The SQL templates take {@code <where>} and {@code <order>}, built only from constants.
 */
final class ListQueries<T> {

    static final int EXPORT_FETCH_SIZE = 1_000;

    private final String pageSql;
    private final String totalSql;
    private final String exportSql;
    private final String countedTable;
    private final RowMapper<T> mapper;

    ListQueries(String pageSql, String totalSql, String exportSql, String countedTable, RowMapper<T> mapper) {
        this.pageSql = pageSql;
        this.totalSql = totalSql;
        this.exportSql = exportSql;
        this.countedTable = countedTable;
        this.mapper = mapper;
    }

    /** Exactly two statements whatever the page size. */
    Page<T> page(Jdbi jdbi, SqlConditions where, String order, PageRequest page) {
        return page(jdbi, where, order, page, handle -> total(handle, where));
    }

    /** The page with its total counted another way (one statement, e.g. from a table of kept counts). */
    Page<T> page(Jdbi jdbi, SqlConditions where, String order, PageRequest page, Total total) {
        Objects.requireNonNull(page, "page");
        return jdbi.withHandle(handle -> {
            List<T> rows = where.bindTo(handle.createQuery(pageSql)
                            .define("where", where.sql())
                            .define("order", order)
                            .bind("limit", page.size())
                            .bind("offset", page.offset()))
                    .map(mapper)
                    .list();
            return new Page<>(rows, total.count(handle), page);
        });
    }

    /** The trigger-kept counter when nothing is filtered, else a count of the matching rows. */
    private long total(Handle handle, SqlConditions where) {
        return where.isEmpty() ? RecordCounts.of(handle, countedTable)
                : where.bindTo(handle.createQuery(totalSql).define("where", where.sql())).mapTo(Long.class).one();
    }

    /** How a list's total is read: one statement on the list's handle. */
    @FunctionalInterface
    interface Total {
        long count(Handle handle);
    }

    /** One statement read through a cursor, so memory stays flat whatever the row count; returns how many rows. */
    long export(Jdbi jdbi, SqlConditions where, String order, Consumer<T> sink) {
        Objects.requireNonNull(sink, "sink");
        // A cursor (fetch size) needs a transaction in PostgreSQL; without one the driver reads every row at once.
        return jdbi.inTransaction(handle -> stream(handle, where, order, sink));
    }

    private long stream(Handle handle, SqlConditions where, String order, Consumer<T> sink) {
        long count = 0;
        try (Stream<T> rows = where.bindTo(handle.createQuery(exportSql)
                        .define("where", where.sql())
                        .define("order", order)
                        .setFetchSize(EXPORT_FETCH_SIZE))
                .map(mapper)
                .stream()) {
            for (T row : (Iterable<T>) rows::iterator) {
                sink.accept(row);
                count++;
            }
        }
        return count;
    }
}
