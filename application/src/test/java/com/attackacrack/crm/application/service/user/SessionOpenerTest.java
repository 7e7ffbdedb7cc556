package com.attackacrack.crm.application.service.user;

import static com.attackacrack.crm.application.service.user.UserFixture.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.application.port.in.user.SignedIn;
import com.attackacrack.crm.domain.user.Session;
import com.attackacrack.crm.domain.user.User;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SessionOpenerTest {

    private final UserFixture given = new UserFixture();
    private final User marketer = given.givenMarketer();

    @Test
    void storesOnlyTheHashOfTheSessionTokenWithItsCsrfTokenAndExpiry() {
        SignedIn signedIn = new SessionOpener(given.sessions, given.tokens, Duration.ofHours(2)).open(marketer, T0);

        Session stored = given.sessions.findByIdHash(Tokens.hash(signedIn.sessionToken())).orElseThrow();
        assertThat(given.sessions.findByIdHash(signedIn.sessionToken())).isEmpty();
        assertThat(stored.userId()).isEqualTo(marketer.id());
        assertThat(stored.csrfToken()).isEqualTo(signedIn.csrfToken()).isNotEqualTo(signedIn.sessionToken());
        assertThat(stored.expiresAt()).isEqualTo(T0.plus(Duration.ofHours(2))).isEqualTo(signedIn.expiresAt());
        assertThat(stored.activeAt(T0)).isTrue();
    }

    @Test
    void aLifetimeMustBePositive() {
        assertThatThrownBy(() -> new SessionOpener(given.sessions, given.tokens, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
