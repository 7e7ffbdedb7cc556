package com.attackacrack.crm.adapters.in.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SafeRedirectsTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/settings/users", "/settings/users?x=1", "/contacts?q=a+b&page=2", "/a%20b", "/@home"})
    void sameSitePathsAreKept(String next) {
        assertThat(SafeRedirects.target(next)).isEqualTo(next);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"//evil.com", "///evil.com", "/\\evil.com", "\\\\evil.com", "https://evil.com", "http:/evil.com",
        "javascript:alert(1)", "/%2F%2Fevil.com", "/%2f/evil.com", "/%5Cevil.com", "/%5C%5Cevil.com", "/a\r\nLocation: x",
        "/a%0d%0aSet-Cookie:x", "/tab\there", " /leading-space", "evil.com", "%2F%2Fevil.com", "/%zz"})
    void everythingElseGoesHome(String next) {
        assertThat(SafeRedirects.target(next)).isEqualTo("/");
    }

    @ParameterizedTest
    @ValueSource(ints = {2049, 10_000})
    void overlongTargetsGoHome(int length) {
        assertThat(SafeRedirects.target("/" + "a".repeat(length - 1))).isEqualTo("/");
    }
}
