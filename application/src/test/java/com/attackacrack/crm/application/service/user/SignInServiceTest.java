package com.attackacrack.crm.application.service.user;

import static com.attackacrack.crm.application.service.user.UserFixture.ADDRESS;
import static com.attackacrack.crm.application.service.user.UserFixture.PASSWORD;
import static com.attackacrack.crm.application.service.user.UserFixture.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.application.port.in.user.SignInCommand;
import com.attackacrack.crm.application.port.in.user.SignedIn;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import com.attackacrack.crm.domain.shared.BusinessRuleException.Kind;
import com.attackacrack.crm.domain.user.User;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SignInServiceTest {

    private static final String WRONG = "Wrong-Password-1!";
    private final UserFixture given = new UserFixture();
    private final User marketer = given.givenMarketer();

    @Test
    void theRightPasswordOpensAFourteenDaySessionAndRecordsTheLogin() {
        SignedIn signedIn = given.signIn().signIn(new SignInCommand("mia@example.com", PASSWORD, ADDRESS));

        assertThat(signedIn.user().id()).isEqualTo(marketer.id());
        assertThat(signedIn.expiresAt()).isEqualTo(T0.plus(Duration.ofDays(14)));
        assertThat(signedIn.sessionToken()).isNotEqualTo(signedIn.csrfToken());
        assertThat(given.reload(marketer.id()).lastLogin()).contains(T0);
    }

    @Test
    void theEmailIsMatchedWhateverItsCase() {
        SignedIn signedIn = given.signIn().signIn(new SignInCommand(" MIA@Example.COM ", PASSWORD, ADDRESS));

        assertThat(signedIn.user().id()).isEqualTo(marketer.id());
    }

    @Test
    void theSessionLifetimeCanBeConfigured() {
        SignInService service = new SignInService(given.users, given.sessions, given.hasher, given.throttle, given.tokens,
                given.transactions, given.clock, Duration.ofHours(8));

        SignedIn signedIn = service.signIn(new SignInCommand("mia@example.com", PASSWORD, ADDRESS));

        assertThat(signedIn.expiresAt()).isEqualTo(T0.plus(Duration.ofHours(8)));
    }

    @Test
    void aWrongPasswordGetsTheGenericMessage() {
        assertThatThrownBy(() -> given.signIn().signIn(new SignInCommand("mia@example.com", WRONG, ADDRESS)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.kind()).isEqualTo(Kind.INVALID))
                .hasMessage("Email or password is incorrect.");
    }

    @Test
    void anUnknownEmailGetsTheSameMessageAfterAHashCheck() {
        SignInService service = given.signIn();

        assertThatThrownBy(() -> service.signIn(new SignInCommand("nobody@example.com", PASSWORD, ADDRESS)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.kind()).isEqualTo(Kind.INVALID))
                .hasMessage("Email or password is incorrect.");
        assertThat(given.hasher.checkedHashes()).hasSize(1).doesNotContain(marketer.passwordHash());
    }

    @Test
    void anInactiveUserWithTheRightPasswordGetsTheSameMessage() {
        given.givenDeactivated(marketer);

        assertThatThrownBy(() -> given.signIn().signIn(new SignInCommand("mia@example.com", PASSWORD, ADDRESS)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.kind()).isEqualTo(Kind.INVALID))
                .hasMessage("Email or password is incorrect.");
    }

    @Test
    void somethingThatIsNotAnEmailGetsTheSameMessage() {
        assertThatThrownBy(() -> given.signIn().signIn(new SignInCommand("not an email", PASSWORD, ADDRESS)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.kind()).isEqualTo(Kind.INVALID))
                .hasMessage("Email or password is incorrect.");
    }

    @Test
    void theFifthFailureLocksAndSaysForHowLong() {
        givenFailures(4, "mia@example.com", ADDRESS);

        assertThatThrownBy(() -> given.signIn().signIn(new SignInCommand("mia@example.com", WRONG, ADDRESS)))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.kind()).isEqualTo(Kind.TOO_MANY_ATTEMPTS))
                .hasMessageContaining("Email or password is incorrect.")
                .hasMessageContaining("locked for 15 minutes");
    }

    @Test
    void aLockedAccountRefusesEvenTheRightPasswordFromAnotherAddress() {
        for (int i = 1; i <= 5; i++) {
            givenFailures(1, "mia@example.com", "198.51.100." + i);
        }

        assertThatThrownBy(() -> given.signIn().signIn(new SignInCommand("mia@example.com", PASSWORD, "192.0.2.50")))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.kind()).isEqualTo(Kind.TOO_MANY_ATTEMPTS))
                .hasMessage("Too many failed sign-ins. Try again in 15 minutes.");
    }

    @Test
    void aLockedAddressRefusesEveryAccount() {
        for (int i = 1; i <= 5; i++) {
            givenFailures(1, "guess" + i + "@example.com", ADDRESS);
        }

        assertThatThrownBy(() -> given.signIn().signIn(new SignInCommand("mia@example.com", PASSWORD, ADDRESS)))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.kind()).isEqualTo(Kind.TOO_MANY_ATTEMPTS));
    }

    @Test
    void anotherAddressIsNotLockedByAnAddressLock() {
        for (int i = 1; i <= 5; i++) {
            givenFailures(1, "guess" + i + "@example.com", ADDRESS);
        }

        SignedIn signedIn = given.signIn().signIn(new SignInCommand("mia@example.com", PASSWORD, "192.0.2.50"));

        assertThat(signedIn.user().id()).isEqualTo(marketer.id());
    }

    @Test
    void theMessageCountsDownTheMinutesLeft() {
        givenFailures(5, "mia@example.com", ADDRESS);
        given.clock.advance(Duration.ofMinutes(14).plusSeconds(30));

        assertThatThrownBy(() -> given.signIn().signIn(new SignInCommand("mia@example.com", PASSWORD, ADDRESS)))
                .hasMessage("Too many failed sign-ins. Try again in 1 minute.");
    }

    @Test
    void afterTheLockRunsOutTheRightPasswordWorks() {
        givenFailures(5, "mia@example.com", ADDRESS);
        given.clock.advance(Duration.ofMinutes(15));

        SignedIn signedIn = given.signIn().signIn(new SignInCommand("mia@example.com", PASSWORD, ADDRESS));

        assertThat(signedIn.user().id()).isEqualTo(marketer.id());
    }

    @Test
    void successForgetsEarlierFailures() {
        givenFailures(4, "mia@example.com", ADDRESS);

        given.signIn().signIn(new SignInCommand("mia@example.com", PASSWORD, ADDRESS));

        assertThat(given.throttle.failuresOf("account:mia@example.com")).isZero();
        assertThat(given.throttle.failuresOf("address:" + ADDRESS)).isZero();
    }

    @Test
    void everySignInGetsABrandNewSessionAndEarlierOnesStayValid() {
        SignedIn first = given.givenSignedIn(marketer);

        SignedIn second = given.signIn().signIn(new SignInCommand("mia@example.com", PASSWORD, ADDRESS));

        assertThat(second.sessionToken()).isNotEqualTo(first.sessionToken());
        assertThat(second.csrfToken()).isNotEqualTo(first.csrfToken());
        assertThat(given.authenticate().authenticate(first.sessionToken())).isPresent();
        assertThat(given.authenticate().authenticate(second.sessionToken())).isPresent();
    }

    @Test
    void failureMessagesNeverRepeatThePassword() {
        givenFailures(4, "mia@example.com", ADDRESS);

        assertThatThrownBy(() -> given.signIn().signIn(new SignInCommand("mia@example.com", WRONG, ADDRESS)))
                .message().doesNotContain(WRONG);
    }

    private void givenFailures(int count, String email, String address) {
        for (int i = 0; i < count; i++) {
            try {
                given.signIn().signIn(new SignInCommand(email, WRONG, address));
            } catch (BusinessRuleException expected) {
                // each failure is counted by the throttle
            }
        }
    }
}
