package com.attackacrack.crm.adapters.in.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.http.HeaderNames;
import io.helidon.http.ServerRequestHeaders;
import io.helidon.http.WritableHeaders;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OriginCheckTest {

    private static ServerRequestHeaders headers(String origin, String referer) {
        WritableHeaders<?> headers = WritableHeaders.create();
        if (origin != null) {
            headers.set(HeaderNames.ORIGIN, origin);
        }
        if (referer != null) {
            headers.set(HeaderNames.REFERER, referer);
        }
        return ServerRequestHeaders.create(headers);
    }

    private final OriginCheck byHost = new OriginCheck(Optional.empty());
    private final OriginCheck byBaseUrl = new OriginCheck(Optional.of(URI.create("https://crm.example.com")));

    @Test
    void withoutABaseUrlTheOriginMustNameTheHostHeader() {
        assertThat(byHost.allows(headers("http://localhost:8080", null), "localhost:8080")).isTrue();
        assertThat(byHost.allows(headers("https://crm.example.com", null), "crm.example.com")).isTrue();
        assertThat(byHost.allows(headers("https://CRM.example.com:443", null), "crm.example.com")).isTrue();
        assertThat(byHost.allows(headers("http://localhost:9090", null), "localhost:8080")).isFalse();
        assertThat(byHost.allows(headers("http://crm.example.com:8443", null), "crm.example.com")).isFalse();
        assertThat(byHost.allows(headers("https://evil.com", null), "crm.example.com")).isFalse();
        assertThat(byHost.allows(headers("https://crm.example.com.evil.com", null), "crm.example.com")).isFalse();
        assertThat(byHost.allows(headers("https://crm.example.com", null), null)).isFalse();
    }

    @Test
    void withABaseUrlSchemeHostAndPortMustMatchIt() {
        assertThat(byBaseUrl.allows(headers("https://crm.example.com", null), "10.0.0.5:8080")).isTrue();
        assertThat(byBaseUrl.allows(headers("https://crm.example.com:443", null), "anything")).isTrue();
        assertThat(byBaseUrl.allows(headers("http://crm.example.com", null), "crm.example.com")).isFalse();
        assertThat(byBaseUrl.allows(headers("https://crm.example.com:8443", null), "crm.example.com")).isFalse();
        assertThat(byBaseUrl.allows(headers("http://10.0.0.5:8080", null), "10.0.0.5:8080")).isFalse();
    }

    @Test
    void theRefererCountsOnlyWhenThereIsNoOrigin() {
        assertThat(byBaseUrl.allows(headers(null, "https://crm.example.com/settings/users?x=1"), "h")).isTrue();
        assertThat(byBaseUrl.allows(headers(null, "https://evil.com/https://crm.example.com"), "h")).isFalse();
        assertThat(byBaseUrl.allows(headers("https://evil.com", "https://crm.example.com/"), "h")).isFalse();
    }

    @Test
    void missingNullAndMalformedOriginsAreRefused() {
        assertThat(byHost.allows(headers(null, null), "localhost")).isFalse();
        assertThat(byHost.allows(headers("null", null), "localhost")).isFalse();
        assertThat(byHost.allows(headers("not a url", null), "localhost")).isFalse();
        assertThat(byHost.allows(headers("file:///etc/passwd", null), "localhost")).isFalse();
    }

    @Test
    void anOpaqueOriginIsOneWithNullAndNoReferer() {
        assertThat(OriginCheck.opaqueOrigin(headers("null", null))).isTrue();
        assertThat(OriginCheck.opaqueOrigin(headers("null", "https://crm.example.com/"))).isFalse();
        assertThat(OriginCheck.opaqueOrigin(headers(null, null))).isFalse();
    }
}
