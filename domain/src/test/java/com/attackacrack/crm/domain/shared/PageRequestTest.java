package com.attackacrack.crm.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void theFirstPageHasAHundredRowsFromOffsetZero() {
        assertThat(PageRequest.first()).isEqualTo(new PageRequest(1, 100));
        assertThat(new PageRequest(5000, 100).offset()).isEqualTo(499_900L);
    }

    @Test
    void refusesPageZeroAndOversizedPages() {
        assertThatThrownBy(() -> new PageRequest(0, 10)).hasMessageContaining("Page must be 1 or more");
        assertThatThrownBy(() -> new PageRequest(1, 501)).hasMessageContaining("from 1 to 500");
    }
}
