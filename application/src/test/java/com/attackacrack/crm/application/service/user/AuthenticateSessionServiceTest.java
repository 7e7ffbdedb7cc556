package com.attackacrack.crm.application.service.user;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.application.port.in.user.CurrentUser;
import com.attackacrack.crm.application.port.in.user.SignedIn;
import com.attackacrack.crm.domain.user.Role;
import com.attackacrack.crm.domain.user.User;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AuthenticateSessionServiceTest {

    private final UserFixture given = new UserFixture();
    private final User marketer = given.givenMarketer();

    @Test
    void anActiveSessionGivesItsUserAndCsrfToken() {
        SignedIn signedIn = given.givenSignedIn(marketer);

        Optional<CurrentUser> current = given.authenticate().authenticate(signedIn.sessionToken());

        assertThat(current).hasValueSatisfying(user -> {
            assertThat(user.user().id()).isEqualTo(marketer.id());
            assertThat(user.csrfToken()).isEqualTo(signedIn.csrfToken());
        });
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "token-unknown"})
    void anUnknownOrMissingTokenIsNobody(String token) {
        given.givenSignedIn(marketer);

        assertThat(given.authenticate().authenticate(token)).isEmpty();
    }

    @Test
    void theStoredHashDoesNotWorkAsAToken() {
        SignedIn signedIn = given.givenSignedIn(marketer);

        assertThat(given.authenticate().authenticate(Tokens.hash(signedIn.sessionToken()))).isEmpty();
    }

    @Test
    void aSessionIsRefusedOnceItsLifetimeHasPassed() {
        SignedIn signedIn = given.givenSignedIn(marketer);
        given.clock.advance(Duration.ofDays(14));

        assertThat(given.authenticate().authenticate(signedIn.sessionToken())).isEmpty();
    }

    @Test
    void aSessionWorksUntilJustBeforeItsLifetimeEnds() {
        SignedIn signedIn = given.givenSignedIn(marketer);
        given.clock.advance(Duration.ofDays(14).minusSeconds(1));

        assertThat(given.authenticate().authenticate(signedIn.sessionToken())).isPresent();
    }

    @Test
    void aDeactivatedUsersSessionIsRefusedEvenIfNotRevoked() {
        SignedIn signedIn = given.givenSignedIn(marketer);
        given.givenDeactivated(marketer);

        assertThat(given.authenticate().authenticate(signedIn.sessionToken())).isEmpty();
    }

    @Test
    void theCurrentUserReflectsChangesMadeSinceSignIn() {
        SignedIn signedIn = given.givenSignedIn(marketer);
        given.users.update(marketer.withRole(Role.ADMIN));

        Optional<CurrentUser> current = given.authenticate().authenticate(signedIn.sessionToken());

        assertThat(current).map(user -> user.user().role()).contains(Role.ADMIN);
    }
}
