package com.attackacrack.crm.adapters.out.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BCryptPasswordHasherTest {

    private final BCryptPasswordHasher hasher = new BCryptPasswordHasher(4);

    @Test
    void aHashMatchesItsPassword() {
        String hash = hasher.hash("correct horse battery staple");

        assertThat(hasher.matches("correct horse battery staple", hash)).isTrue();
    }

    @Test
    void aHashDoesNotMatchAnotherPassword() {
        String hash = hasher.hash("correct horse battery staple");

        assertThat(hasher.matches("Correct horse battery staple", hash)).isFalse();
    }

    @Test
    void hashingTheSamePasswordTwiceGivesDifferentSaltedHashes() {
        String first = hasher.hash("same password");
        String second = hasher.hash("same password");

        assertThat(first).isNotEqualTo(second);
        assertThat(hasher.matches("same password", first)).isTrue();
        assertThat(hasher.matches("same password", second)).isTrue();
    }

    @Test
    void theHashNeverContainsThePassword() {
        assertThat(hasher.hash("plaintextsecret")).startsWith("$2a$04$").hasSize(60).doesNotContain("plaintextsecret");
    }

    @Test
    void theDefaultCostIsTwelve() {
        assertThat(new BCryptPasswordHasher().hash("any password")).startsWith("$2a$12$");
    }

    @Test
    void aHashMadeAtAnotherCostStillMatches() {
        String hash = new BCryptPasswordHasher(5).hash("long-lived password");

        assertThat(hasher.matches("long-lived password", hash)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "plain", "$2y$10$abcdefghijklmnopqrstuuJ4iMZsI9Fsr9xOT3LRNdRK5y8u7Dp2S",
        "$argon2id$v=19$m=65536,t=3,p=4$c29tZXNhbHQ$RdescudvJCsgt3ub+b+dWRWJTmaaJObG",
        "{SHA}W6ph5Mm5Pz8GgiULbPgzG37mj9g=", "$2a$", "$2a$xx$", "$2a$99$abcdefghijklmnopqrstuu",
        "5f4dcc3b5aa765d61d8327deb882cf99"
    })
    void aForeignOrBrokenHashIsFalseNotAnException(String foreign) {
        assertThat(hasher.matches("password", foreign)).isFalse();
    }

    @Test
    void nullsDoNotMatch() {
        String hash = hasher.hash("password");

        assertThat(hasher.matches(null, hash)).isFalse();
        assertThat(hasher.matches("password", null)).isFalse();
    }

    @Test
    void refusesACostOutsideBcryptsRange() {
        assertThatThrownBy(() -> new BCryptPasswordHasher(3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BCryptPasswordHasher(32)).isInstanceOf(IllegalArgumentException.class);
    }
}
