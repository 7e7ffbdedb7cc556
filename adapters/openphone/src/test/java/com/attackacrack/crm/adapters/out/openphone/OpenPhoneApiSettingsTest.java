package com.attackacrack.crm.adapters.out.openphone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class OpenPhoneApiSettingsTest {

    private static final URI BASE = OpenPhoneApiSettings.DEFAULT_BASE_URL;

    @Test
    void defaultsFollowOpenPhonesDocumentation() {
        OpenPhoneApiSettings settings = OpenPhoneApiSettings.of(BASE, "secret-key", "PNabc123");

        assertThat(settings.requestsPerSecond()).isEqualTo(10);
        assertThat(settings.maxAttempts()).isEqualTo(4);
        assertThat(settings.requestTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.backoffBase()).isEqualTo(Duration.ofMillis(500));
        assertThat(settings.messagesUrl()).isEqualTo(URI.create("https://api.openphone.com/v1/messages"));
    }

    @Test
    void aTrailingSlashOnTheBaseIsDropped() {
        OpenPhoneApiSettings settings = OpenPhoneApiSettings.of(URI.create("http://127.0.0.1:8080/v1/"), "k", "+15555550100");

        assertThat(settings.messagesUrl()).isEqualTo(URI.create("http://127.0.0.1:8080/v1/messages"));
    }

    @Test
    void toStringNeverShowsTheKey() {
        OpenPhoneApiSettings settings = OpenPhoneApiSettings.of(BASE, "secret-key-123", "PNabc123");

        assertThat(settings.toString()).doesNotContain("secret-key-123").contains("apiKey=****").contains("PNabc123");
    }

    @Test
    void refusesNonsense() {
        assertThatThrownBy(() -> OpenPhoneApiSettings.of(URI.create("ftp://example.com/v1"), "k", "PN1"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OpenPhoneApiSettings.of(URI.create("/v1"), "k", "PN1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OpenPhoneApiSettings.of(BASE, " ", "PN1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OpenPhoneApiSettings.of(BASE, "Bearer abc", "PN1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OpenPhoneApiSettings.of(BASE, "k", "555-0100")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OpenPhoneApiSettings(BASE, "k", "PN1", 0, 4, Duration.ofSeconds(1), Duration.ofMillis(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OpenPhoneApiSettings(BASE, "k", "PN1", 10, 0, Duration.ofSeconds(1), Duration.ofMillis(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OpenPhoneApiSettings(BASE, "k", "PN1", 10, 4, Duration.ZERO, Duration.ofMillis(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OpenPhoneApiSettings(BASE, "k", "PN1", 10, 4, Duration.ofSeconds(1), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
