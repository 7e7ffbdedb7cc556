package com.attackacrack.crm.adapters.out.persistence;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import org.jdbi.v3.core.Handle;
import org.postgresql.PGConnection;

/**
 * Bulk input for PostgreSQL's {@code COPY ... FROM STDIN (FORMAT csv)}: builds the CSV text of a batch and sends it in
 * one COPY, so that loading a batch costs one round trip instead of a statement per row.
 */
final class CopyCsv {

    private CopyCsv() {
    }

    /** Copies the CSV into the table (a name, optionally with its column list); an empty CSV copies nothing. */
    static void copy(Handle handle, String table, String csv) {
        if (csv.isEmpty()) {
            return;
        }
        try {
            handle.getConnection().unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy " + table + " from stdin (format csv)", new StringReader(csv));
        } catch (SQLException e) {
            throw new IllegalStateException("COPY into " + table + " failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Appends one CSV line: the first (numeric) cell, then the already formatted cells. */
    static void row(StringBuilder csv, long first, String... cells) {
        csv.append(first);
        for (String cell : cells) {
            csv.append(',').append(cell);
        }
        csv.append('\n');
    }

    /** A number, boolean or date as it is; null as an empty cell (NULL in COPY's CSV format). */
    static String plain(Object value) {
        return value == null ? "" : value.toString();
    }

    /** Text, quoted (so that an empty string stays an empty string, not NULL); null as an empty cell. */
    static String text(String value) {
        return value == null ? "" : '"' + value.replace("\"", "\"\"") + '"';
    }
}
