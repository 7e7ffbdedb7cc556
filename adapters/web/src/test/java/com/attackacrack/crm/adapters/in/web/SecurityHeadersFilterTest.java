package com.attackacrack.crm.adapters.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.adapters.in.web.support.TestServer;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecurityHeadersFilterTest {

    private static TestServer development;
    private static TestServer production;

    @BeforeAll
    static void startServers() {
        development = TestServer.start(false);
        production = TestServer.start(true);
    }

    @AfterAll
    static void stopServers() {
        development.close();
        production.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/health", "/no-such-page", "/test/boom", "/static/css/app.css"})
    void everyResponseCarriesTheHardeningHeaders(String path) {
        HttpHeaders headers = development.get(path).headers();

        assertThat(headers.firstValue("Content-Security-Policy")).hasValue(
                "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: https:; media-src 'self' https:; "
                        + "frame-ancestors 'none'; "
                        + "base-uri 'self'; form-action 'self'; object-src 'none'");
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(headers.firstValue("Permissions-Policy")).hasValueSatisfying(it -> assertThat(it).contains("camera=()"));
    }

    @Test
    void developmentSendsNoHsts() {
        assertThat(development.get("/").headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/no-such-page", "/test/boom"})
    void productionSendsHsts(String path) {
        HttpResponse<String> response = production.get(path);

        assertThat(response.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000; includeSubDomains");
    }

    @Test
    void headersForDirectAnswersMatchTheFilter() {
        assertThat(SecurityHeadersFilter.headers(true)).extracting(it -> it.name())
                .contains("Content-Security-Policy", "Strict-Transport-Security");
        assertThat(SecurityHeadersFilter.headers(false)).extracting(it -> it.name())
                .doesNotContain("Strict-Transport-Security");
    }
}
