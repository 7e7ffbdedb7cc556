package com.attackacrack.crm.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PhoneNumberTest {

    @Test
    void displaysNorthAmericanNumbersTheUsualWay() {
        assertThat(new PhoneNumber("+16175550123").display()).isEqualTo("(617) 555-0123");
    }

    @Test
    void displaysOtherNumbersInE164() {
        assertThat(new PhoneNumber("+442079460958").display()).isEqualTo("+442079460958");
    }

    @Test
    void refusesAnythingButE164() {
        assertThatThrownBy(() -> new PhoneNumber("617-555-0123")).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("'617-555-0123'");
    }
}
