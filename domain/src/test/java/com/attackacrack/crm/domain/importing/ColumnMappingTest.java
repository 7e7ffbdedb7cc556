package com.attackacrack.crm.domain.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.domain.shared.BusinessRuleException;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ColumnMappingTest {

    @Test
    void keepsTrimmedHeaderNamesAndDropsBlankOnes() {
        Map<ImportField, String> columns = new EnumMap<>(ImportField.class);
        columns.put(ImportField.PHONE, "  Cell ");
        columns.put(ImportField.NOTES, " ");
        ColumnMapping mapping = new ColumnMapping(columns);

        assertThat(mapping.column(ImportField.PHONE)).contains("Cell");
        assertThat(mapping.has(ImportField.NOTES)).isFalse();
        columns.put(ImportField.EMAIL, "Email");
        assertThat(mapping.has(ImportField.EMAIL)).as("an immutable copy").isFalse();
    }

    @Test
    void aStreetAloneIsEnough() {
        assertThat(new ColumnMapping(Map.of(ImportField.STREET, "Address")).has(ImportField.STREET)).isTrue();
    }

    @Test
    void somethingIdentifyingMustBeMapped() {
        assertThatThrownBy(() -> new ColumnMapping(Map.of(ImportField.CITY, "City", ImportField.NOTES, "Notes")))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("First name, Last name, Full name, Phone, Email or Street");
    }

    @Test
    void everyFieldHasALabel() {
        for (ImportField field : ImportField.values()) {
            assertThat(field.label()).isNotBlank();
        }
        assertThat(ImportField.EQUITY_PERCENT.label()).isEqualTo("Equity %");
    }
}
