package com.attackacrack.crm.application.service.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.domain.importing.ColumnMapping;
import com.attackacrack.crm.domain.importing.ImportField;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ColumnMappingSuggesterTest {

    @Test
    void recognisesCommonHeaderSpellings() {
        ColumnMapping mapping = ColumnMappingSuggester.suggest(List.of("Given Name", "SURNAME", "Mobile Phone",
                "E-mail Address", "Street Address", "Town", "Zip Code", "Est Equity %", "Est Equity $", "Favourite colour"));

        assertThat(mapping.columns()).isEqualTo(Map.of(ImportField.FIRST_NAME, "Given Name", ImportField.LAST_NAME,
                "SURNAME", ImportField.PHONE, "Mobile Phone", ImportField.EMAIL, "E-mail Address", ImportField.STREET,
                "Street Address", ImportField.CITY, "Town", ImportField.ZIP, "Zip Code", ImportField.EQUITY_PERCENT,
                "Est Equity %", ImportField.ESTIMATED_EQUITY, "Est Equity $"));
    }

    @Test
    void theFirstMatchingColumnWins() {
        ColumnMapping mapping = ColumnMappingSuggester.suggest(List.of("cell", "phone", "firstname", "Postal code"));

        assertThat(mapping.column(ImportField.PHONE)).contains("cell");
        assertThat(mapping.column(ImportField.FIRST_NAME)).contains("firstname");
        assertThat(mapping.column(ImportField.ZIP)).contains("Postal code");
    }

    @Test
    void aHeaderWithNothingRecognisableIsRefused() {
        assertThatThrownBy(() -> ColumnMappingSuggester.suggest(List.of("foo", "bar")))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("Map at least one column");
    }
}
