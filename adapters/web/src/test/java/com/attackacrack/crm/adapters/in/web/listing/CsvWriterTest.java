package com.attackacrack.crm.adapters.in.web.listing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void quotesCommasQuotesAndLineBreaks() {
        assertThat(CsvWriter.quote("plain")).isEqualTo("plain");
        assertThat(CsvWriter.quote("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvWriter.quote("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvWriter.quote("two\nlines")).isEqualTo("\"two\nlines\"");
    }

    @Test
    void guardsCellsThatSpreadsheetsWouldRunAsFormulas() {
        for (String risky : List.of("=SUM(A1)", "+1", "-2", "@cmd", "\tx", "\rx")) {
            assertThat(CsvWriter.guard(risky)).isEqualTo("'" + risky);
        }
        assertThat(CsvWriter.guard("Smith")).isEqualTo("Smith");
        assertThat(CsvWriter.guard("")).isEmpty();
        assertThat(CsvWriter.guard("a=b")).isEqualTo("a=b");
    }

    @Test
    void writesNumbersAsTheyAreTextGuardedAndNullEmpty() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvWriter csv = new CsvWriter(out)) {
            csv.row(Arrays.asList(1L, -5, "=cmd|' /C calc'!A0", null, "Zoë, \"Z\""));
        }

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("1,-5,'=cmd|' /C calc'!A0,,\"Zoë, \"\"Z\"\"\"\r\n");
    }
}
