package com.attackacrack.crm.adapters.in.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.domain.system.ComponentStatus;
import org.junit.jupiter.api.Test;

class ComponentHealthViewTest {

    @Test
    void mapsUpAndDown() {
        assertThat(ComponentHealthView.from(ComponentStatus.up("redis", "PONG", 4)))
                .isEqualTo(new ComponentHealthView("UP", "PONG", 4));
        assertThat(ComponentHealthView.from(ComponentStatus.down("redis", "refused", 0)))
                .isEqualTo(new ComponentHealthView("DOWN", "refused", 0));
    }
}
