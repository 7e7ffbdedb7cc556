package com.attackacrack.crm.application.service.user;

import static com.attackacrack.crm.application.service.user.UserFixture.ADDRESS;
import static com.attackacrack.crm.application.service.user.UserFixture.OTHER_PASSWORD;
import static com.attackacrack.crm.application.service.user.UserFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.application.port.in.user.ChangePasswordCommand;
import com.attackacrack.crm.application.port.in.user.SignInCommand;
import com.attackacrack.crm.application.port.in.user.SignedIn;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import com.attackacrack.crm.domain.shared.BusinessRuleException.Kind;
import com.attackacrack.crm.domain.user.InvalidPasswordException;
import com.attackacrack.crm.domain.user.PasswordProblem;
import com.attackacrack.crm.domain.user.User;
import org.junit.jupiter.api.Test;

class ChangePasswordServiceTest {

    private final UserFixture given = new UserFixture();
    private final User marketer = given.givenMarketer();
    private final SignedIn current = given.givenSignedIn(marketer);

    @Test
    void theNewPasswordSignsInAndTheOldOneNoLonger() {
        service().changePassword(givenForm(PASSWORD, OTHER_PASSWORD, OTHER_PASSWORD));

        assertThat(given.hasher.matches(OTHER_PASSWORD, given.reload(marketer.id()).passwordHash())).isTrue();
        assertThatThrownBy(() -> given.signIn().signIn(new SignInCommand("mia@example.com", PASSWORD, ADDRESS)))
                .hasMessage("Email or password is incorrect.");
    }

    @Test
    void otherSessionsAreSignedOutButThisOneStays() {
        SignedIn other = given.givenSignedIn(marketer);
        int unitsBefore = given.transactions.units();

        service().changePassword(givenForm(PASSWORD, OTHER_PASSWORD, OTHER_PASSWORD));

        assertThat(given.authenticate().authenticate(other.sessionToken())).isEmpty();
        assertThat(given.authenticate().authenticate(current.sessionToken())).isPresent();
        assertThat(given.transactions.units() - unitsBefore).isEqualTo(1);
    }

    @Test
    void aWrongCurrentPasswordChangesNothing() {
        String before = marketer.passwordHash();

        assertThatThrownBy(() -> service().changePassword(givenForm("Not-My-Password-9", OTHER_PASSWORD, OTHER_PASSWORD)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.kind()).isEqualTo(Kind.INVALID))
                .hasMessage("Your current password is incorrect");
        assertThat(given.reload(marketer.id()).passwordHash()).isEqualTo(before);
    }

    @Test
    void theConfirmationMustMatch() {
        assertThatThrownBy(() -> service().changePassword(givenForm(PASSWORD, OTHER_PASSWORD, OTHER_PASSWORD + "!")))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.kind()).isEqualTo(Kind.INVALID))
                .hasMessage("The two passwords do not match");
    }

    @Test
    void theNewPasswordMustFollowTheRulesIncludingTheEmailName() {
        String weak = "mia-short";

        assertThatThrownBy(() -> service().changePassword(givenForm(PASSWORD, weak, weak)))
                .isInstanceOfSatisfying(InvalidPasswordException.class, e -> assertThat(e.problems()).containsExactly(
                        PasswordProblem.TOO_SHORT, PasswordProblem.NO_UPPER_CASE, PasswordProblem.NO_DIGIT,
                        PasswordProblem.CONTAINS_EMAIL_NAME))
                .message().doesNotContain(weak).doesNotContain(PASSWORD);
    }

    private ChangePasswordCommand givenForm(String currentPassword, String newPassword, String confirmation) {
        return new ChangePasswordCommand(marketer.id(), current.sessionToken(), currentPassword, newPassword, confirmation);
    }

    private ChangePasswordService service() {
        return new ChangePasswordService(given.users, given.sessions, given.hasher, given.commonPasswords,
                given.transactions, given.clock);
    }
}
