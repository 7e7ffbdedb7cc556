package com.attackacrack.crm.application.service.importing;

import com.attackacrack.crm.domain.shared.BusinessRuleException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Streaming RFC 4180 reader: CRLF, LF or lone CR line ends, quoted fields with commas, line breaks and doubled quotes,
 * blank lines skipped (but counted). Memory stays bounded: fields, fields per record and unclosed quotes are limited.
 */
public final class CsvRecordReader implements AutoCloseable {

    /** The longest field accepted, in characters. */
    public static final int MAX_FIELD_LENGTH = 100_000;
    /** The most fields one record may have. */
    public static final int MAX_FIELDS = 1_000;

    private static final int EOF = -1;
    private static final int NONE = -2;

    private final Reader reader;
    private final char[] buffer = new char[8192];
    private int position;
    private int limit;
    private int pushedBack = NONE;
    private long line = 1;
    private boolean midLine;
    private boolean started;

    /** Reads CSV text from this reader (a leading byte-order mark is skipped). */
    public CsvRecordReader(Reader reader) {
        this.reader = Objects.requireNonNull(reader, "reader");
    }

    /** Reads UTF-8 CSV bytes; malformed UTF-8 is refused with the line it is on. */
    public static CsvRecordReader open(InputStream in) {
        Objects.requireNonNull(in, "in");
        return new CsvRecordReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
    }

    /** The next non-blank record, or empty at the end of the input. */
    public Optional<CsvRecord> next() {
        int c = read();
        while (c == '\n' || c == '\r') {
            endOfLine(c);
            c = read();
        }
        if (c == EOF) {
            return Optional.empty();
        }
        long start = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStart = true;
        while (true) {
            if (quoted) {
                if (c == EOF) {
                    throw BusinessRuleException.invalid("Line " + start + ": quoted field never closed");
                }
                if (c == '"') {
                    int after = read();
                    if (after == '"') {
                        append(field, '"', start);
                    } else {
                        quoted = false;
                        c = after;
                        continue;
                    }
                } else if (c == '\r' || c == '\n') {
                    endOfLine(c);
                    append(field, '\n', start);
                } else {
                    append(field, (char) c, start);
                }
            } else if (c == '"' && fieldStart) {
                quoted = true;
                fieldStart = false;
            } else if (c == ',') {
                addField(fields, field, start);
                fieldStart = true;
            } else if (c == '\r' || c == '\n' || c == EOF) {
                if (c != EOF) {
                    endOfLine(c);
                }
                addField(fields, field, start);
                return Optional.of(new CsvRecord(start, fields));
            } else {
                append(field, (char) c, start);
                fieldStart = false;
            }
            c = read();
        }
    }

    /** How many physical lines have been read so far, blank ones included. */
    public long linesRead() {
        return line - 1 + (midLine ? 1 : 0);
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void addField(List<String> fields, StringBuilder field, long start) {
        if (fields.size() >= MAX_FIELDS) {
            throw BusinessRuleException.invalid("Line " + start + ": more than " + MAX_FIELDS + " fields in one record");
        }
        fields.add(field.toString());
        field.setLength(0);
    }

    private static void append(StringBuilder field, char c, long start) {
        if (field.length() >= MAX_FIELD_LENGTH) {
            throw BusinessRuleException.invalid("Line " + start + ": a field is longer than " + MAX_FIELD_LENGTH
                    + " characters");
        }
        field.append(c);
    }

    private void endOfLine(int c) {
        if (c == '\r') {
            int after = read();
            if (after != '\n') {
                pushedBack = after;
            }
        }
        line++;
        midLine = false;
    }

    private int read() {
        if (pushedBack != NONE) {
            int c = pushedBack;
            pushedBack = NONE;
            return c;
        }
        if (position == limit && !fill()) {
            return EOF;
        }
        char c = buffer[position++];
        if (!started) {
            started = true;
            if (c == '\uFEFF') {
                return read();
            }
        }
        if (c != '\r' && c != '\n') {
            midLine = true;
        }
        return c;
    }

    private boolean fill() {
        try {
            int n;
            do {
                n = reader.read(buffer, 0, buffer.length);
            } while (n == 0);
            if (n < 0) {
                return false;
            }
            position = 0;
            limit = n;
            return true;
        } catch (CharacterCodingException e) {
            throw BusinessRuleException.invalid("Line " + line + ": the file is not UTF-8 text (save it as \"CSV UTF-8\")");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
