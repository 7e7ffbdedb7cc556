package com.attackacrack.crm.domain.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProcessRoleTest {

    @Test
    void codesRoundTrip() {
        for (ProcessRole role : ProcessRole.values()) {
            assertThat(ProcessRole.fromCode(role.code())).isEqualTo(role);
        }
    }

    @Test
    void unknownCodeIsNamedInTheError() {
        assertThatThrownBy(() -> ProcessRole.fromCode("janitor")).hasMessageContaining("janitor");
    }
}
