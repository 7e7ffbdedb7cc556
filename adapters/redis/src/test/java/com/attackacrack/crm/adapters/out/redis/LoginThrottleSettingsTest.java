package com.attackacrack.crm.adapters.out.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginThrottleSettingsTest {

    @Test
    void defaultsAreFiveFailuresInFifteenMinutesLockingForFifteenMinutes() {
        LoginThrottleSettings defaults = LoginThrottleSettings.defaults();

        assertThat(defaults.maxFailures()).isEqualTo(5);
        assertThat(defaults.window()).isEqualTo(Duration.ofMinutes(15));
        assertThat(defaults.lockDuration()).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void refusesSettingsThatCannotLock() {
        assertThatThrownBy(() -> new LoginThrottleSettings(0, Duration.ofMinutes(1), Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxFailures");
        assertThatThrownBy(() -> new LoginThrottleSettings(5, Duration.ZERO, Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("window");
        assertThatThrownBy(() -> new LoginThrottleSettings(5, Duration.ofMinutes(1), Duration.ofNanos(10)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lockDuration");
    }
}
