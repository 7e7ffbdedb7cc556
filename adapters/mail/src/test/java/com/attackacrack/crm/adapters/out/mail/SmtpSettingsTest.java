package com.attackacrack.crm.adapters.out.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SmtpSettingsTest {

    @Test
    void defaultsBothTimeoutsToTenSeconds() {
        SmtpSettings settings = new SmtpSettings("smtp.example.com", 587, Optional.empty(), Optional.empty(), "crm@example.com", true);

        assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.readTimeout()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void toStringMasksThePassword() {
        SmtpSettings settings = new SmtpSettings("smtp.example.com", 587, Optional.of("user"), Optional.of("hunter2-secret"),
                "CRM <crm@example.com>", true);

        assertThat(settings.toString()).doesNotContain("hunter2-secret").contains("password=******").contains("user");
    }

    @Test
    void blankCredentialsCountAsAbsent() {
        SmtpSettings settings = new SmtpSettings("smtp.example.com", 25, Optional.of(" "), Optional.of(""), "crm@example.com", false);

        assertThat(settings.username()).isEmpty();
        assertThat(settings.password()).isEmpty();
    }

    @Test
    void refusesWhatCannotWork() {
        assertThatThrownBy(() -> new SmtpSettings(" ", 587, Optional.empty(), Optional.empty(), "crm@example.com", true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("host");
        assertThatThrownBy(() -> new SmtpSettings("smtp.example.com", 0, Optional.empty(), Optional.empty(), "crm@example.com", true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("port");
        assertThatThrownBy(() -> new SmtpSettings("smtp.example.com", 587, Optional.empty(), Optional.empty(), "not an address", true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sender");
        assertThatThrownBy(() -> new SmtpSettings("smtp.example.com", 587, Optional.empty(), Optional.of("pw"), "crm@example.com", true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("username");
    }
}
