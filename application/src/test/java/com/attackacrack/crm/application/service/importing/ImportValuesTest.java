package com.attackacrack.crm.application.service.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.domain.shared.BusinessRuleException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ImportValuesTest {

    @Test
    void blankIsNullForEveryParser() {
        for (String blank : new String[] {null, "", "   "}) {
            assertThat(ImportValues.bool(blank)).isNull();
            assertThat(ImportValues.date(blank)).isNull();
            assertThat(ImportValues.money(blank)).isNull();
            assertThat(ImportValues.decimal(blank)).isNull();
            assertThat(ImportValues.integer(blank)).isNull();
            assertThat(ImportValues.percent(blank)).isNull();
        }
    }

    @ParameterizedTest
    @CsvSource({"1,true", "0,false", "y,true", "N,false", "Yes,true", "NO,false", "TRUE,true", "false,false", "' yes ',true"})
    void booleans(String raw, boolean value) {
        assertThat(ImportValues.bool(raw)).isEqualTo(value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"06/15/2004|2004-06-15", "6/5/2004|2004-06-05", "6/15/04|2004-06-15",
        "6/15/30|2030-06-15", "6/15/31|1931-06-15", "6/15/65|1965-06-15", "2004-06-15|2004-06-15",
        "2004-06-15T10:30:00Z|2004-06-15", "2011/03/01|2011-03-01", "Jun 15, 2004|2004-06-15",
        "JUNE 15, 2004|2004-06-15", "15-Jun-2004|2004-06-15", "15-JUN-2004|2004-06-15"})
    void dates(String raw, LocalDate date) {
        assertThat(ImportValues.date(raw)).isEqualTo(date);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"$357,000|357000", "357000|357000", "1,233,000.00|1233000", "-5,000|-5000",
        "(5,000)|-5000", "($5,000)|-5000", "-$5,000|-5000", "$-5,000|-5000", "99.50|100", "99.49|99", "$ 12|12"})
    void money(String raw, long dollars) {
        assertThat(ImportValues.money(raw)).isEqualTo(dollars);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"2.5|2.5", "2|2", "1,000.25|1000.25", "-1.5|-1.5"})
    void decimals(String raw, BigDecimal value) {
        assertThat(ImportValues.decimal(raw)).isEqualByComparingTo(value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1150|1150", "1,150|1150", "2002.0|2002", "-3|-3"})
    void integers(String raw, int value) {
        assertThat(ImportValues.integer(raw)).isEqualTo(value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"39|39", "39%|39", "39.6|40", "39.4 %|39", "-12%|-12", "0|0"})
    void percents(String raw, int value) {
        assertThat(ImportValues.percent(raw)).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"maybe", "2", "si"})
    void junkBooleansNameTheValue(String raw) {
        assertThatThrownBy(() -> ImportValues.bool(raw)).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("'" + raw + "'").hasMessageContaining("yes or no");
    }

    @ParameterizedTest
    @ValueSource(strings = {"13/45/2004", "2/30/2004", "yesterday", "2004-13-01", "Jun 31, 2004", "15.06.2004"})
    void junkDatesNameTheValue(String raw) {
        assertThatThrownBy(() -> ImportValues.date(raw)).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("'" + raw + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"lots", "1,23", "$1.2.3", "1e6", "35,7000", "$", "99999999999999999999999"})
    void junkMoneyNamesTheValue(String raw) {
        assertThatThrownBy(() -> ImportValues.money(raw)).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("'" + raw + "'");
    }

    @Test
    void junkNumbersNameTheValue() {
        assertThatThrownBy(() -> ImportValues.decimal("two")).hasMessage("'two' is not a number");
        assertThatThrownBy(() -> ImportValues.integer("2.5")).hasMessage("'2.5' is not a whole number");
        assertThatThrownBy(() -> ImportValues.integer("n/a")).hasMessage("'n/a' is not a number");
        assertThatThrownBy(() -> ImportValues.percent("%")).hasMessage("'%' is not a percentage");
        assertThatThrownBy(() -> ImportValues.percent("high")).hasMessageContaining("'high'");
    }
}
