package com.attackacrack.crm.adapters.in.web.home;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.domain.system.ComponentStatus;
import com.attackacrack.crm.domain.system.SystemHealth;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SystemStatusViewTest {

    @Test
    void summarisesTheHealthCheck() {
        SystemStatusView view = SystemStatusView.from(new SystemHealth(List.of(
                ComponentStatus.up("database", "ok", 1), ComponentStatus.down("redis", "refused", 2)), "1",
                Instant.parse("2025-01-01T00:00:00Z")));

        assertThat(view.healthy()).isFalse();
        assertThat(view.checkedAt()).isEqualTo("2025-01-01T00:00:00Z");
        assertThat(view.components()).extracting(ComponentStatusView::name).containsExactly("database", "redis");
    }

    @Test
    void showsTheCheckTimeToTheSecond() {
        SystemStatusView view = SystemStatusView.from(new SystemHealth(List.of(ComponentStatus.up("database", "ok", 1)),
                "1", Instant.parse("2025-01-01T10:11:12.345678901Z")));

        assertThat(view.checkedAt()).isEqualTo("2025-01-01T10:11:12Z");
    }
}
