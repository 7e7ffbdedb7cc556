package com.attackacrack.crm.application.service.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordTest {

    @Test
    void keepsAnImmutableCopyOfItsFields() {
        List<String> fields = new ArrayList<>(List.of("a", " "));
        CsvRecord record = new CsvRecord(3, fields);
        fields.add("b");

        assertThat(record.fields()).containsExactly("a", " ");
        assertThat(record.blank()).isFalse();
        assertThat(new CsvRecord(4, List.of("", "  ")).blank()).isTrue();
    }

    @Test
    void linesStartAtOne() {
        assertThatThrownBy(() -> new CsvRecord(0, List.of("a"))).isInstanceOf(IllegalArgumentException.class);
    }
}
