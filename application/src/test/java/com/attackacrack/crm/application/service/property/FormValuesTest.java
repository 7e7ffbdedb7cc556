package com.attackacrack.crm.application.service.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FormValuesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"357000|357000", "$357,000|357000", "357,000.00|357000", "-$5,000|-5000",
        "$ 1,234,567.49|1234567", "99.50|100"})
    void moneyIsWholeDollars(String raw, long dollars) {
        assertThat(FormValues.money("Value", raw)).isEqualTo(dollars);
    }

    @ParameterizedTest
    @ValueSource(strings = {"lots", "1,23", "$1.2.3", "1e6", "35,7000", "12.345", "$"})
    void junkMoneyIsRefusedNamingTheValue(String raw) {
        assertThatThrownBy(() -> FormValues.money("Estimated value", raw))
                .hasMessageContaining("Estimated value must be an amount").hasMessageContaining(raw);
    }

    @Test
    void wholeNumbersAllowSeparatorsButNotFractions() {
        assertThat(FormValues.integer("Square feet", "1,850")).isEqualTo(1850);
        assertThatThrownBy(() -> FormValues.integer("Beds", "2.5")).hasMessageContaining("whole number");
        assertThatThrownBy(() -> FormValues.integer("Beds", "two")).hasMessageContaining("must be a number");
    }

    @Test
    void decimalsAndPercents() {
        assertThat(FormValues.decimal("Baths", "2.5")).isEqualByComparingTo(new BigDecimal("2.5"));
        assertThat(FormValues.percent("Equity %", "45%")).isEqualTo(45);
        assertThatThrownBy(() -> FormValues.decimal("Baths", "1-2")).hasMessageContaining("must be a number");
    }

    @ParameterizedTest
    @CsvSource({"yes,true", "YES,true", "true,true", "1,true", "on,true", "no,false", "false,false", "0,false",
        "off,false"})
    void yesNoValues(String raw, boolean value) {
        assertThat(FormValues.yesNo("Foreclosure", raw)).isEqualTo(value);
    }

    @Test
    void anythingElseIsNotYesOrNo() {
        assertThatThrownBy(() -> FormValues.yesNo("Foreclosure", "maybe"))
                .hasMessage("Foreclosure must be yes or no, was 'maybe'");
    }
}
