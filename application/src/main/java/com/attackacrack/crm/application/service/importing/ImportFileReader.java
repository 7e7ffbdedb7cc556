package com.attackacrack.crm.application.service.importing;

import com.attackacrack.crm.application.port.out.PhoneNormaliser;
import com.attackacrack.crm.domain.importing.ColumnMapping;
import com.attackacrack.crm.domain.importing.ImportFormat;
import com.attackacrack.crm.domain.importing.ImportRow;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads an import file row by row: the header is read and checked when the file is opened (format detected when not
 * given, required columns present), then each non-blank record is mapped to an {@link ImportRow}.
 */
public final class ImportFileReader implements AutoCloseable {

    private final CsvRecordReader csv;
    private final ImportFormat format;
    private final List<String> header;
    private final ImportRowMapper mapper;

    private ImportFileReader(CsvRecordReader csv, ImportFormat format, List<String> header, ImportRowMapper mapper) {
        this.csv = csv;
        this.format = format;
        this.header = header;
        this.mapper = mapper;
    }

    /**
     * Opens a UTF-8 CSV file. {@code requestedOrNull} forces a format (else it is detected from the header);
     * {@code mappingOrNull} is used for generic files (else one is suggested from the header). Refuses a file
     * without a header row or without the columns its format needs, before reading any data row.
     */
    public static ImportFileReader open(InputStream in, ImportFormat requestedOrNull, ColumnMapping mappingOrNull,
                                        PhoneNormaliser phones) {
        Objects.requireNonNull(phones, "phones");
        CsvRecordReader csv = CsvRecordReader.open(in);
        try {
            List<String> header = header(csv);
            ImportFormat format = requestedOrNull != null ? requestedOrNull : ImportColumns.detect(header);
            ImportColumns columns = new ImportColumns(header);
            ImportRowMapper mapper = switch (format) {
                case PROPERTYRADAR -> new PropertyRadarRowMapper(columns, phones);
                case OPENPHONE -> new OpenPhoneRowMapper(columns, phones);
                case GENERIC -> new GenericRowMapper(columns,
                        mappingOrNull != null ? mappingOrNull : ColumnMappingSuggester.suggest(header), phones);
            };
            return new ImportFileReader(csv, format, header, mapper);
        } catch (RuntimeException e) {
            csv.close();
            throw e;
        }
    }

    /**
     * Reads only the header row of a UTF-8 CSV file (each name trimmed) and closes the stream; refuses an empty file
     * or a header row without column names.
     */
    public static List<String> readHeader(InputStream in) {
        try (CsvRecordReader csv = CsvRecordReader.open(in)) {
            return header(csv);
        }
    }

    private static List<String> header(CsvRecordReader csv) {
        CsvRecord first = csv.next()
                .orElseThrow(() -> BusinessRuleException.invalid("The file is empty: it has no header row"));
        if (first.blank()) {
            throw BusinessRuleException.invalid("Line " + first.line() + ": the header row has no column names");
        }
        return first.fields().stream().map(String::strip).toList();
    }

    /** The format the file is read as. */
    public ImportFormat format() {
        return format;
    }

    /** The header row, each name trimmed. */
    public List<String> header() {
        return header;
    }

    /** The next row with anything on it, or empty at the end of the file. */
    public Optional<ImportRow> next() {
        Optional<CsvRecord> record = csv.next();
        while (record.isPresent() && record.get().blank()) {
            record = csv.next();
        }
        return record.map(mapper::map);
    }

    /**
     * Counts the data rows left, without mapping them (a progress total); stops at a malformed record, which the
     * import pass then reports. The reader is used up afterwards.
     */
    public long countRemaining() {
        long rows = 0;
        try {
            for (Optional<CsvRecord> record = csv.next(); record.isPresent(); record = csv.next()) {
                if (!record.get().blank()) {
                    rows++;
                }
            }
        } catch (BusinessRuleException malformed) {
            // counted up to the malformed record
        }
        return rows;
    }

    /** Physical lines read so far, the header and blank lines included. */
    public long linesRead() {
        return csv.linesRead();
    }

    @Override
    public void close() {
        csv.close();
    }
}
