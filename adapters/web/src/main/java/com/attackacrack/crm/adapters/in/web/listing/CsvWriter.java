package com.attackacrack.crm.adapters.in.web.listing;

import com.attackacrack.crm.adapters.in.web.TemplateRenderer;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes CSV rows (RFC 4180 quoting, CRLF line ends, UTF-8) as they come. Text cells starting with {@code = + - @},
 * a tab or a carriage return get a leading single quote so spreadsheets do not run them as formulas; numbers the CRM
 * formats itself are written as they are.
 */
public final class CsvWriter implements AutoCloseable {

    private final BufferedWriter out;

    /** A writer on the stream; closing it closes the stream. */
    public CsvWriter(OutputStream stream) {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
    }

    /** Writes one row of cells: {@link Number}s as they are, anything else as guarded, quoted text; null is empty. */
    /**
     * Starts a CSV download on the response ({@code <name>-YYYYMMDD.csv}, not cached) and writes the header row.
     * Close the writer only after the last row: when an export fails the download then ends in an error instead of
     * a complete-looking, truncated file (a 500 page if nothing was sent yet).
     */
    public static CsvWriter download(ServerResponse response, String name, Clock clock, List<String> header) {
        String day = LocalDate.now(clock).format(DateTimeFormatter.BASIC_ISO_DATE);
        response.header(HeaderNames.CONTENT_TYPE, "text/csv; charset=UTF-8");
        response.header(HeaderNames.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "-" + day + ".csv\"");
        response.header(TemplateRenderer.NO_STORE);
        CsvWriter csv = new CsvWriter(response.outputStream());
        csv.row(header);
        return csv;
    }

    public void row(List<?> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            Object cell = cells.get(i);
            if (cell instanceof Number number) {
                line.append(number);
            } else if (cell != null) {
                line.append(quote(guard(cell.toString())));
            }
        }
        line.append("\r\n");
        try {
            out.write(line.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the CSV download", e);
        }
    }

    /** A text cell that spreadsheets will not evaluate: a leading {@code '} before = + - @ tab or CR. */
    public static String guard(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    /** RFC 4180 quoting: a cell with a comma, quote or line break is wrapped in quotes with quotes doubled. */
    public static String quote(String text) {
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot finish the CSV download", e);
        }
    }
}
