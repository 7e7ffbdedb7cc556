package com.attackacrack.crm.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageTest {

    @Test
    void countsPagesFromTheTotal() {
        Page<String> page = new Page<>(List.of("a"), 201, new PageRequest(2, 100));

        assertThat(page.totalPages()).isEqualTo(3);
        assertThat(page.hasNext()).isTrue();
        assertThat(page.hasPrevious()).isTrue();
    }

    @Test
    void anEmptyListHasOnePage() {
        Page<String> page = new Page<>(List.of(), 0, PageRequest.first());

        assertThat(page.totalPages()).isEqualTo(1);
        assertThat(page.hasNext()).isFalse();
    }

    @Test
    void aNegativeTotalIsRefused() {
        assertThatThrownBy(() -> new Page<>(List.of(), -1, PageRequest.first()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
