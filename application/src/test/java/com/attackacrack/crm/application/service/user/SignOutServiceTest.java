package com.attackacrack.crm.application.service.user;

import static com.attackacrack.crm.application.service.user.UserFixture.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.attackacrack.crm.application.port.in.user.SignedIn;
import com.attackacrack.crm.domain.user.User;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SignOutServiceTest {

    private final UserFixture given = new UserFixture();
    private final User marketer = given.givenMarketer();

    @Test
    void signingOutEndsTheSessionOnTheServer() {
        SignedIn signedIn = given.givenSignedIn(marketer);
        given.clock.advance(Duration.ofMinutes(5));

        given.signOut().signOut(signedIn.sessionToken());

        assertThat(given.authenticate().authenticate(signedIn.sessionToken())).isEmpty();
        assertThat(given.sessions.findByIdHash(Tokens.hash(signedIn.sessionToken())).orElseThrow().revokedAt())
                .isEqualTo(T0.plus(Duration.ofMinutes(5)));
    }

    @Test
    void otherSessionsOfTheUserStaySignedIn() {
        SignedIn laptop = given.givenSignedIn(marketer);
        SignedIn phone = given.givenSignedIn(marketer);

        given.signOut().signOut(laptop.sessionToken());

        assertThat(given.authenticate().authenticate(phone.sessionToken())).isPresent();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "token-unknown"})
    void anUnknownOrMissingTokenIsAlreadySignedOut(String token) {
        assertThatCode(() -> given.signOut().signOut(token)).doesNotThrowAnyException();
    }
}
