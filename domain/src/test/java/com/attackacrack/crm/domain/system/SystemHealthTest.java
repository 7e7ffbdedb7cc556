package com.attackacrack.crm.domain.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SystemHealthTest {

    @Test
    void healthyWhenEveryComponentIsUp() {
        SystemHealth health = givenHealth(ComponentStatus.up("database", "ok", 1), ComponentStatus.up("redis", "ok", 1));

        assertThat(health.healthy()).isTrue();
    }

    @Test
    void unhealthyWhenAnyComponentIsDown() {
        SystemHealth health = givenHealth(ComponentStatus.up("database", "ok", 1), ComponentStatus.down("redis", "refused", 3));

        assertThat(health.healthy()).isFalse();
    }

    @Test
    void unhealthyWhenNothingWasChecked() {
        assertThat(givenHealth().healthy()).isFalse();
    }

    private static SystemHealth givenHealth(ComponentStatus... statuses) {
        return new SystemHealth(List.of(statuses), "1.0.0", Instant.EPOCH);
    }
}
