package com.attackacrack.crm.adapters.out.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecureRandomTokenGeneratorTest {

    private final SecureRandomTokenGenerator generator = new SecureRandomTokenGenerator();

    @Test
    void aTokenIs43UrlSafeCharactersWithoutPadding() {
        String token = generator.newToken();

        assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]{43}");
    }

    @Test
    void aTokenCarries32RandomBytes() {
        assertThat(Base64.getUrlDecoder().decode(generator.newToken())).hasSize(32);
    }

    @Test
    void tenThousandTokensAreAllDistinctAndUrlSafe() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String token = generator.newToken();
            assertThat(token).matches("[A-Za-z0-9_-]{43}");
            tokens.add(token);
        }

        assertThat(tokens).hasSize(10_000);
    }
}
