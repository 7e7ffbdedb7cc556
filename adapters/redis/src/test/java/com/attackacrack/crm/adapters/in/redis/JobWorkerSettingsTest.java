package com.attackacrack.crm.adapters.in.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class JobWorkerSettingsTest {

    private final JobWorkerSettings settings = JobWorkerSettings.defaults("worker-1");

    @Test
    void defaultsMatchProduction() {
        assertThat(settings.visibilityTimeout()).isEqualTo(Duration.ofMinutes(5));
        assertThat(settings.maxAttempts()).isEqualTo(5);
        assertThat(settings.backoffBase()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void backoffDoublesPerAttemptWithinItsJitterBand() {
        assertThat(settings.backoff(1, 0.0)).isEqualTo(Duration.ofSeconds(1));
        assertThat(settings.backoff(1, 0.999_999)).isBetween(Duration.ofMillis(1_999), Duration.ofSeconds(2));
        assertThat(settings.backoff(3, 0.0)).isEqualTo(Duration.ofSeconds(4));
        assertThat(settings.backoff(3, 0.999_999)).isBetween(Duration.ofMillis(7_999), Duration.ofSeconds(8));
    }

    @Test
    void backoffIsCapped() {
        assertThat(settings.backoff(40, 0.999_999)).isBetween(Duration.ofMillis(599_999), Duration.ofMinutes(10));
        assertThat(settings.backoff(Integer.MAX_VALUE, 0.0)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void nonsenseSettingsAreRejected() {
        assertThatThrownBy(() -> new JobWorkerSettings(" ", Duration.ofSeconds(1), Duration.ofSeconds(1), 1,
                Duration.ofSeconds(1), Duration.ofSeconds(1), 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new JobWorkerSettings("w", Duration.ZERO, Duration.ofSeconds(1), 1,
                Duration.ofSeconds(1), Duration.ofSeconds(1), 1)).hasMessageContaining("blockTimeout");
        assertThatThrownBy(() -> new JobWorkerSettings("w", Duration.ofSeconds(1), Duration.ofSeconds(1), 0,
                Duration.ofSeconds(1), Duration.ofSeconds(1), 1)).hasMessageContaining("maxAttempts");
    }
}
