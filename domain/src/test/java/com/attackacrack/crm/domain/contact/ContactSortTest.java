package com.attackacrack.crm.domain.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.domain.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;

class ContactSortTest {

    @Test
    void everyCodeParsesBackToItsSort() {
        for (ContactSort sort : ContactSort.values()) {
            assertThat(ContactSort.fromCode(sort.code())).isEqualTo(sort);
        }
    }

    @Test
    void blankMeansNewestFirst() {
        assertThat(ContactSort.fromCode(" ")).isEqualTo(ContactSort.CREATED_DESC);
    }

    @Test
    void anUnknownCodeNamesTheChoices() {
        assertThatThrownBy(() -> ContactSort.fromCode("phone; drop table")).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("name, -name, created, -created or -activity");
    }
}
