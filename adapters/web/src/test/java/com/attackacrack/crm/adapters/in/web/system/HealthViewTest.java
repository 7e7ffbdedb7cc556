package com.attackacrack.crm.adapters.in.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.domain.system.ComponentStatus;
import com.attackacrack.crm.domain.system.SystemHealth;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class HealthViewTest {

    private static final Instant AT = Instant.parse("2025-05-06T07:08:09Z");

    @Test
    void upWhenTheSystemIsHealthyWithComponentsInProbeOrder() {
        HealthView view = HealthView.from(new SystemHealth(List.of(
                ComponentStatus.up("worker", "w", 1), ComponentStatus.up("database", "d", 2)), "2.0", AT));

        assertThat(view.up()).isTrue();
        assertThat(view.status()).isEqualTo("UP");
        assertThat(view.checkedAt()).isEqualTo("2025-05-06T07:08:09Z");
        assertThat(view.detail()).isNull();
        assertThat(view.components()).containsOnlyKeys("worker", "database");
        assertThat(view.components().keySet()).containsExactly("worker", "database");
    }

    @Test
    void downWhenAnyComponentIsDownOrNoneReported() {
        assertThat(HealthView.from(new SystemHealth(List.of(
                ComponentStatus.up("database", "d", 2), ComponentStatus.down("redis", "r", 3)), "2.0", AT)).status())
                .isEqualTo("DOWN");
        assertThat(HealthView.from(new SystemHealth(List.of(), "2.0", AT)).up()).isFalse();
    }

    @Test
    void failedIsDownWithAGenericDetail() {
        HealthView view = HealthView.failed("2.0", AT);

        assertThat(view.up()).isFalse();
        assertThat(view.detail()).isEqualTo("health check failed; see server log");
        assertThat(view.components()).isEmpty();
    }
}
