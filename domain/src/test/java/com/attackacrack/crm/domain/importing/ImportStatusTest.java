package com.attackacrack.crm.domain.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ImportStatusTest {

    @Test
    void awaitingMappingIsStoredAsMappingAndIsNotFinished() {
        assertThat(ImportStatus.AWAITING_MAPPING.code()).isEqualTo("mapping");
        assertThat(ImportStatus.fromCode("mapping")).isEqualTo(ImportStatus.AWAITING_MAPPING);
        assertThat(ImportStatus.AWAITING_MAPPING.finished()).isFalse();
    }

    @Test
    void everyCodeReadsBackAsItsStatus() {
        for (ImportStatus status : ImportStatus.values()) {
            assertThat(ImportStatus.fromCode(status.code())).isEqualTo(status);
        }
        assertThat(ImportStatus.QUEUED.code()).isEqualTo("queued");
        assertThatThrownBy(() -> ImportStatus.fromCode("paused")).isInstanceOf(IllegalArgumentException.class);
    }
}
