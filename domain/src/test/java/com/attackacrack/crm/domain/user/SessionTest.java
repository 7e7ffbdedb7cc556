package com.attackacrack.crm.domain.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SessionTest {

    private static final Instant T0 = Instant.parse("2026-11-26T12:00:00Z");
    private static final Instant END = T0.plusSeconds(3600);

    @Test
    void isActiveUntilJustBeforeItExpires() {
        assertThat(givenSession(null).activeAt(END.minusMillis(1))).isTrue();
    }

    @Test
    void isNotActiveFromItsExpiry() {
        assertThat(givenSession(null).activeAt(END)).isFalse();
    }

    @Test
    void isNotActiveOnceRevoked() {
        assertThat(givenSession(T0.plusSeconds(5)).activeAt(T0.plusSeconds(6))).isFalse();
    }

    @Test
    void itsTextShowsNeitherTheIdHashNorTheCsrfToken() {
        assertThat(givenSession(null).toString()).doesNotContain("id-hash").doesNotContain("csrf-secret");
    }

    private static Session givenSession(Instant revokedAt) {
        return new Session("id-hash", new UserId(3), "csrf-secret", T0, END, revokedAt);
    }
}
