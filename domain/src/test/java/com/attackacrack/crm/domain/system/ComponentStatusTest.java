package com.attackacrack.crm.domain.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ComponentStatusTest {

    @Test
    void factoriesSetTheState() {
        assertThat(ComponentStatus.up("redis", "Redis 7", 2).up()).isTrue();
        assertThat(ComponentStatus.down("redis", "refused", 2).up()).isFalse();
    }

    @Test
    void negativeLatencyIsRejected() {
        assertThatThrownBy(() -> ComponentStatus.up("redis", "x", -1)).hasMessageContaining("latencyMillis");
    }
}
