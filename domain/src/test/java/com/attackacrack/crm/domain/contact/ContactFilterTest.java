package com.attackacrack.crm.domain.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ContactFilterTest {

    @Test
    void blankTextAndLeadSourceMeanAny() {
        ContactFilter filter = new ContactFilter("  ", null, null, null, null, " ", null, null, null);

        assertThat(filter).isEqualTo(ContactFilter.none());
    }

    @Test
    void textIsStripped() {
        assertThat(new ContactFilter(" ann ", null, null, null, null, null, null, null, null).text()).isEqualTo("ann");
    }

    @Test
    void refusesOverlongTextAndABackwardsRange() {
        assertThatThrownBy(() -> new ContactFilter("a".repeat(201), null, null, null, null, null, null, null, null))
                .hasMessageContaining("at most 200");
        assertThatThrownBy(() -> new ContactFilter(null, null, null, null, null, null, null, LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 1, 1))).hasMessageContaining("before");
    }
}
