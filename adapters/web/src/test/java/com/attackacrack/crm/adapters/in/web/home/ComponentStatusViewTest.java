package com.attackacrack.crm.adapters.in.web.home;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.domain.system.ComponentStatus;
import org.junit.jupiter.api.Test;

class ComponentStatusViewTest {

    @Test
    void copiesTheComponent() {
        assertThat(ComponentStatusView.from(ComponentStatus.down("worker", "no heartbeat", 7)))
                .isEqualTo(new ComponentStatusView("worker", false, "no heartbeat", 7));
    }
}
