package com.attackacrack.crm.adapters.in.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CsrfTokensTest {

    @Test
    void newTokensAre43UrlSafeCharactersAndNeverRepeat() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            tokens.add(CsrfTokens.newToken());
        }

        assertThat(tokens).hasSize(1000).allSatisfy(it -> assertThat(it).matches("[A-Za-z0-9_-]{43}"));
    }

    @Test
    void matchesOnlyEqualNonEmptyTokens() {
        String token = CsrfTokens.newToken();

        assertThat(CsrfTokens.matches(token, new String(token.toCharArray()))).isTrue();
        assertThat(CsrfTokens.matches(token, token.substring(1))).isFalse();
        assertThat(CsrfTokens.matches(token, token + "a")).isFalse();
        assertThat(CsrfTokens.matches(token, null)).isFalse();
        assertThat(CsrfTokens.matches(null, token)).isFalse();
        assertThat(CsrfTokens.matches("", "")).isFalse();
    }

    @Test
    void comparesInConstantTime() throws IOException {
        String source = Files.readString(Path.of("src/main/java/com/attackacrack/crm/adapters/in/web/auth/CsrfTokens.java"));
        String matches = source.substring(source.indexOf("public static boolean matches"));
        matches = matches.substring(0, matches.indexOf("\n    }\n"));

        assertThat(matches).contains("MessageDigest.isEqual(").doesNotContain(".equals(").doesNotContain("compareTo");
    }
}
