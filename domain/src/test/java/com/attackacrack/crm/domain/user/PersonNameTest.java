package com.attackacrack.crm.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.domain.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;

class PersonNameTest {

    @Test
    void trimsBothNames() {
        assertThat(new PersonName("  Ada ", "\tLovelace ").full()).isEqualTo("Ada Lovelace");
    }

    @Test
    void aBlankFirstNameIsRequired() {
        assertThatThrownBy(() -> new PersonName("  ", "Lovelace")).isInstanceOf(BusinessRuleException.class)
                .hasMessage("First name is required");
    }

    @Test
    void aMissingLastNameIsRequired() {
        assertThatThrownBy(() -> new PersonName("Ada", null)).hasMessage("Last name is required");
    }

    @Test
    void aNameMayHaveAHundredCharactersButNoMore() {
        assertThat(new PersonName("a".repeat(100), "b").first()).hasSize(100);
        assertThatThrownBy(() -> new PersonName("a".repeat(101), "b")).hasMessage("First name must be at most 100 characters");
    }
}
