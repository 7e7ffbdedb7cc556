package com.attackacrack.crm.application.port.in.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.domain.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;

class GenerateDemoDataCommandTest {

    @Test
    void allowsOneToTwoMillionContacts() {
        assertThat(new GenerateDemoDataCommand(1, 1).contacts()).isEqualTo(1);
        assertThat(new GenerateDemoDataCommand(GenerateDemoDataCommand.MAX_CONTACTS, 1).contacts()).isEqualTo(2_000_000);
    }

    @Test
    void refusesZeroAndMoreThanTwoMillion() {
        assertThatThrownBy(() -> new GenerateDemoDataCommand(0, 1)).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("from 1 to 2000000");
        assertThatThrownBy(() -> new GenerateDemoDataCommand(2_000_001, 1)).isInstanceOf(BusinessRuleException.class);
    }
}
