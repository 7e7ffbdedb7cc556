package com.attackacrack.crm.domain.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PropertySortTest {

    @Test
    void everyCodeParsesBackToItsSort() {
        for (PropertySort sort : PropertySort.values()) {
            assertThat(PropertySort.fromCode(sort.code())).isEqualTo(sort);
        }
    }

    @Test
    void anUnknownCodeNamesTheChoices() {
        assertThatThrownBy(() -> PropertySort.fromCode("zip")).hasMessageContaining("address, city, -value");
    }
}
