package com.attackacrack.crm.application.service.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.domain.importing.ImportFormat;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportColumnsTest {

    private final ImportColumns columns = new ImportColumns(List.of(" First Name ", "EMAIL", "Phone", "email"));

    @Test
    void findsColumnsIgnoringCaseAndSpaces() {
        assertThat(columns.index("first name")).hasValue(0);
        assertThat(columns.index("  Email")).hasValue(1);
        assertThat(columns.index("Notes")).isEmpty();
        assertThat(columns.has("PHONE")).isTrue();
    }

    @Test
    void valuesAreTrimmedAndBlankOrMissingFieldsAreNull() {
        CsvRecord full = new CsvRecord(2, List.of("  Ann ", "", "555", "x", "extra"));
        CsvRecord shortRecord = new CsvRecord(3, List.of("Bob"));

        assertThat(columns.value(full, "First name")).isEqualTo("Ann");
        assertThat(columns.value(full, "Email")).isNull();
        assertThat(columns.value(shortRecord, "Phone")).isNull();
        assertThat(columns.value(full, "Notes")).isNull();
    }

    @Test
    void detectsEachFormat() {
        assertThat(ImportColumns.detect(List.of("Type", "address", "City", "ZIP", "APN", "Primary Name")))
                .isEqualTo(ImportFormat.PROPERTYRADAR);
        assertThat(ImportColumns.detect(List.of("First name", "Last name", "Phone number", "Email", "Role")))
                .isEqualTo(ImportFormat.OPENPHONE);
        assertThat(ImportColumns.detect(List.of("Name", "Cell", "Address"))).isEqualTo(ImportFormat.GENERIC);
        assertThat(ImportColumns.detect(List.of("Address", "ZIP", "Primary Name"))).isEqualTo(ImportFormat.GENERIC);
    }

    @Test
    void requiredColumnsAreAllNamedWhenMissing() {
        ImportColumns header = new ImportColumns(List.of("City", "Primary Name"));

        assertThatThrownBy(() -> header.requireColumns(ImportFormat.PROPERTYRADAR, List.of("Address", "City", "ZIP")))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("The file is missing required columns for a PropertyRadar export: Address, ZIP");
        header.requireColumns(ImportFormat.PROPERTYRADAR, List.of("city"));
    }
}
