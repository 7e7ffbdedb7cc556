package com.attackacrack.crm.adapters.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WebSettingsTest {

    @Test
    void ofUsesTheDefaultHostAndBodyLimit() {
        WebSettings settings = WebSettings.of(8080, false, "1.0.0", "development");

        assertThat(settings.host()).isEqualTo("0.0.0.0");
        assertThat(settings.maxRequestBodyBytes()).isEqualTo(1024L * 1024L);
        assertThat(settings.production()).isFalse();
    }

    @Test
    void withersChangeOnlyTheirField() {
        WebSettings settings = WebSettings.of(0, true, "1.0.0", "production").withHost("127.0.0.1").withMaxRequestBodyBytes(10);

        assertThat(settings).isEqualTo(new WebSettings("127.0.0.1", 0, true, 10, "1.0.0", "production"));
    }

    @Test
    void rejectsAPortOutOfRange() {
        assertThatThrownBy(() -> WebSettings.of(70_000, false, "1", "test")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WebSettings.of(-1, false, "1", "test")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsABlankHostANonPositiveLimitAndBlankNames() {
        assertThatThrownBy(() -> new WebSettings(" ", 0, false, 1, "1", "test")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WebSettings("h", 0, false, 0, "1", "test")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WebSettings("h", 0, false, 1, "", "test")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WebSettings("h", 0, false, 1, "1", null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void thePublicBaseUrlIsOptionalAndKeptAsAnOrigin() {
        WebSettings settings = WebSettings.of(0, true, "1", "production");

        assertThat(settings.publicBase()).isEmpty();
        assertThat(settings.withPublicBaseUrl(java.net.URI.create("HTTPS://CRM.Example.com/")).publicBaseUrl())
                .isEqualTo(java.net.URI.create("https://crm.example.com"));
        assertThat(settings.withPublicBaseUrl(java.net.URI.create("http://localhost:8080")).publicBase())
                .hasValue(java.net.URI.create("http://localhost:8080"));
        assertThat(settings.withPublicBaseUrl(java.net.URI.create("https://crm.example.com")).withHost("h").publicBase()).isPresent();
    }

    @Test
    void rejectsAPublicBaseUrlThatIsNotJustSchemeAndHost() {
        for (String url : new String[] {"crm.example.com", "ftp://crm.example.com", "https://crm.example.com/app",
            "https://crm.example.com?x=1", "https://user@crm.example.com"}) {
            assertThatThrownBy(() -> WebSettings.of(0, true, "1", "p").withPublicBaseUrl(java.net.URI.create(url)))
                    .as(url).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aClientAddressHeaderMustBeAHeaderName() {
        WebSettings settings = WebSettings.of(0, true, "1", "production");

        assertThat(settings.withClientAddressHeader("do-connecting-ip").clientAddressHeader()).isEqualTo("do-connecting-ip");
        assertThatThrownBy(() -> settings.withClientAddressHeader("x: y")).isInstanceOf(IllegalArgumentException.class);
    }
}
