package com.attackacrack.crm.adapters.out.persistence;

import com.attackacrack.crm.application.port.out.ImportHistory;
import com.attackacrack.crm.domain.importing.ColumnMapping;
import com.attackacrack.crm.domain.importing.ImportFormat;
import com.attackacrack.crm.domain.importing.ImportId;
import com.attackacrack.crm.domain.importing.ImportProblem;
import com.attackacrack.crm.domain.importing.ImportRecord;
import com.attackacrack.crm.domain.importing.ImportStatus;
import com.attackacrack.crm.domain.shared.Page;
import com.attackacrack.crm.domain.shared.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * The import runs in {@code imports} (V6) as the settings pages see them: queueing an upload (or storing it to wait
 * for its column mapping), storing the mapping and queueing it, moving a run to running (each with one conditional
 * update), the history newest first (two statements a page), and a run's problems
 * streamed in line order through a cursor.
 */
public final class JdbiImportHistory implements ImportHistory {

    /** Problems fetched per round trip while streaming. */
    static final int PROBLEM_FETCH_SIZE = 1_000;

    /** The columns {@link #record} reads. */
    static final String COLUMNS = "id, file_name, format, started_by, status, rows_done, rows_total, created_at, "
            + "finished_at, error, " + ColumnMappingJson.select("column_mapping");

    private static final RowMapper<ImportRecord> RECORD = JdbiImportHistory::record;

    private final Jdbi jdbi;

    /** A history on the process's one Jdbi (so that it joins {@link JdbiTransactionRunner} transactions). */
    public JdbiImportHistory(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    @Override
    public ImportId queue(String fileName, ImportFormat format, ColumnMapping mapping, ImportStatus status,
                          String startedBy, Instant now) {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(startedBy, "startedBy");
        Objects.requireNonNull(now, "now");
        if (status != ImportStatus.QUEUED && status != ImportStatus.AWAITING_MAPPING) {
            throw new IllegalArgumentException("an upload is queued or awaits its mapping, not " + status);
        }
        long id = jdbi.withHandle(handle -> handle.createQuery("""
                        insert into imports (file_name, format, started_by, status, created_at, column_mapping)
                        values (:fileName, :format, :startedBy, :status, :now, """ + ColumnMappingJson.BUILD + """
                        )
                        returning id
                        """)
                .bind("fileName", fileName)
                .bind("format", format.key())
                .bind("startedBy", startedBy)
                .bind("status", status.code())
                .bind("now", now)
                .bind("mappingFields", ColumnMappingJson.fields(mapping))
                .bind("mappingHeaders", ColumnMappingJson.headers(mapping))
                .mapTo(Long.class)
                .one());
        return new ImportId(id);
    }

    @Override
    public boolean markRunning(ImportId id, Long rowsTotal) {
        Objects.requireNonNull(id, "id");
        return jdbi.withHandle(handle -> handle.createUpdate("""
                        update imports
                        set status = 'running', error = null, finished_at = null,
                            rows_total = coalesce(:rowsTotal, rows_total)
                        where id = :id and status in ('queued', 'failed')
                        """)
                .bind("id", id.value())
                .bind("rowsTotal", rowsTotal)
                .execute()) > 0;
    }

    @Override
    public boolean startWithMapping(ImportId id, ColumnMapping mapping) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(mapping, "mapping");
        return jdbi.withHandle(handle -> handle.createUpdate("update imports set status = 'queued', column_mapping = "
                        + ColumnMappingJson.BUILD + " where id = :id and status = 'mapping'")
                .bind("id", id.value())
                .bind("mappingFields", ColumnMappingJson.fields(mapping))
                .bind("mappingHeaders", ColumnMappingJson.headers(mapping))
                .execute()) > 0;
    }

    @Override
    public Page<ImportRecord> list(PageRequest page) {
        Objects.requireNonNull(page, "page");
        return jdbi.withHandle(handle -> {
            List<ImportRecord> rows = handle.createQuery("select " + COLUMNS + """

                            from imports
                            order by created_at desc, id desc
                            limit :limit offset :offset
                            """)
                    .bind("limit", page.size())
                    .bind("offset", page.offset())
                    .map(RECORD)
                    .list();
            long total = handle.createQuery("select count(*) from imports").mapTo(Long.class).one();
            return new Page<>(rows, total, page);
        });
    }

    @Override
    public long forEachProblem(ImportId id, Consumer<ImportProblem> sink) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sink, "sink");
        // A cursor (fetch size) needs a transaction in PostgreSQL; without one the driver reads every row at once.
        // import_problems has no id: rows of one line come in insertion order as far as the heap keeps it (ctid).
        return jdbi.inTransaction(handle -> {
            long count = 0;
            try (Stream<ImportProblem> problems = handle.createQuery("""
                            select line, field, value, reason from import_problems
                            where import_id = :id
                            order by line, ctid
                            """)
                    .bind("id", id.value())
                    .setFetchSize(PROBLEM_FETCH_SIZE)
                    .map((rs, ctx) -> new ImportProblem(rs.getLong("line"), rs.getString("field"),
                            rs.getString("value"), rs.getString("reason")))
                    .stream()) {
                for (ImportProblem problem : (Iterable<ImportProblem>) problems::iterator) {
                    sink.accept(problem);
                    count++;
                }
            }
            return count;
        });
    }

    /** The run of a row selected with {@link #COLUMNS}. */
    static ImportRecord record(ResultSet rs, StatementContext context) throws SQLException {
        String format = rs.getString("format");
        return new ImportRecord(new ImportId(rs.getLong("id")), rs.getString("file_name"),
                ImportFormat.fromKey(format).orElseThrow(
                        () -> new IllegalStateException("unknown import format " + format)),
                rs.getString("started_by"), ImportStatus.fromCode(rs.getString("status")), rs.getLong("rows_done"),
                Columns.nullableLong(rs, "rows_total"), Columns.instant(rs, "created_at"),
                Columns.nullableInstant(rs, "finished_at"), rs.getString("error"), ColumnMappingJson.read(rs));
    }
}
