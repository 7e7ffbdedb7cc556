package com.attackacrack.crm.domain.system;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ProcessInfoTest {

    @Test
    void blankFieldsAreRejectedByName() {
        assertThatThrownBy(() -> new ProcessInfo(" ", ProcessRole.WORKER, "h", "1", Instant.EPOCH)).hasMessageContaining("processId");
        assertThatThrownBy(() -> new ProcessInfo("p", ProcessRole.WORKER, "", "1", Instant.EPOCH)).hasMessageContaining("host");
        assertThatThrownBy(() -> new ProcessInfo("p", ProcessRole.WORKER, "h", null, Instant.EPOCH)).hasMessageContaining("version");
    }
}
