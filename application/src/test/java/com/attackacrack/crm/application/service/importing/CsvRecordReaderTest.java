package com.attackacrack.crm.application.service.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.domain.shared.BusinessRuleException;
import java.io.ByteArrayInputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CsvRecordReaderTest {

    @Test
    void readsBomCrlfAndQuotedCommasNewlinesAndQuotes() {
        byte[] bytes = ("\uFEFFName,Notes\r\n\"Smith, John\",\"line one\r\nline \"\"two\"\"\"\r\nAnn,plain\r\n")
                .getBytes(StandardCharsets.UTF_8);
        try (CsvRecordReader reader = CsvRecordReader.open(new ByteArrayInputStream(bytes))) {
            assertThat(reader.next()).contains(new CsvRecord(1, List.of("Name", "Notes")));
            assertThat(reader.next()).contains(new CsvRecord(2, List.of("Smith, John", "line one\nline \"two\"")));
            assertThat(reader.next()).contains(new CsvRecord(4, List.of("Ann", "plain")));
            assertThat(reader.next()).isEmpty();
            assertThat(reader.linesRead()).isEqualTo(4);
        }
    }

    @Test
    void lfLoneCrBlankLinesAndNoNewlineAtEnd() {
        List<CsvRecord> records = readAll(new StringReader("a,b\n\n\rc,\"\"\r\r\nd"));

        assertThat(records).containsExactly(new CsvRecord(1, List.of("a", "b")), new CsvRecord(4, List.of("c", "")),
                new CsvRecord(6, List.of("d")));
    }

    @Test
    void emptyFieldsAndTrailingComma() {
        assertThat(readAll(new StringReader(",x,\n"))).containsExactly(new CsvRecord(1, List.of("", "x", "")));
    }

    @Test
    void emptyInputHasNoRecords() {
        assertThat(readAll(new StringReader(""))).isEmpty();
        assertThat(readAll(new StringReader("\n\r\n"))).isEmpty();
    }

    @Test
    void anUnclosedQuoteNamesTheLineItStartsOn() {
        try (CsvRecordReader reader = new CsvRecordReader(new StringReader("h\nok\n\"never\nclosed,x\n"))) {
            reader.next();
            reader.next();
            assertThatThrownBy(reader::next).isInstanceOf(BusinessRuleException.class)
                    .hasMessage("Line 3: quoted field never closed");
        }
    }

    @Test
    void tooLongAFieldIsRefused() {
        String huge = "a".repeat(CsvRecordReader.MAX_FIELD_LENGTH + 1);
        try (CsvRecordReader reader = new CsvRecordReader(new StringReader("h\n\n" + huge + "\n"))) {
            reader.next();
            assertThatThrownBy(reader::next).hasMessageContaining("Line 3: a field is longer than 100000 characters");
        }
    }

    @Test
    void tooManyFieldsAreRefused() {
        String wide = ",".repeat(CsvRecordReader.MAX_FIELDS);
        try (CsvRecordReader reader = new CsvRecordReader(new StringReader(wide))) {
            assertThatThrownBy(reader::next).hasMessageContaining("Line 1: more than 1000 fields");
        }
    }

    @Test
    void malformedUtf8IsRefused() {
        byte[] bytes = {'a', ',', (byte) 0xE9, '\n'};
        try (CsvRecordReader reader = CsvRecordReader.open(new ByteArrayInputStream(bytes))) {
            assertThatThrownBy(reader::next).hasMessageContaining("not UTF-8");
        }
    }

    @Test
    void streamsWithoutReadingEverything() {
        Reader endless = new Reader() {
            private long served;

            @Override
            public int read(char[] buffer, int offset, int length) {
                int n = Math.min(length, 4);
                for (int i = 0; i < n; i++) {
                    buffer[offset + i] = "x,y\n".charAt((int) (served++ % 4));
                }
                return n;
            }

            @Override
            public void close() {
                // nothing to close
            }
        };
        try (CsvRecordReader reader = new CsvRecordReader(endless)) {
            for (int i = 1; i <= 10_000; i++) {
                assertThat(reader.next()).contains(new CsvRecord(i, List.of("x", "y")));
            }
        }
    }

    private static List<CsvRecord> readAll(Reader input) {
        List<CsvRecord> records = new ArrayList<>();
        try (CsvRecordReader reader = new CsvRecordReader(input)) {
            Optional<CsvRecord> record = reader.next();
            while (record.isPresent()) {
                records.add(record.get());
                record = reader.next();
            }
        }
        return records;
    }
}
