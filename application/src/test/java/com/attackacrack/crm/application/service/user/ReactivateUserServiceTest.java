package com.attackacrack.crm.application.service.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.application.port.in.user.SignedIn;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import com.attackacrack.crm.domain.shared.BusinessRuleException.Kind;
import com.attackacrack.crm.domain.user.Role;
import com.attackacrack.crm.domain.user.User;
import com.attackacrack.crm.domain.user.UserId;
import org.junit.jupiter.api.Test;

class ReactivateUserServiceTest {

    private final UserFixture given = new UserFixture();
    private final User admin = given.givenAdmin();

    @Test
    void aReactivatedUserCanSignInAgain() {
        User marketer = given.givenDeactivated(given.givenMarketer());

        service().reactivate(admin.id(), marketer.id());

        SignedIn signedIn = given.givenSignedIn(marketer);
        assertThat(signedIn.user().active()).isTrue();
        assertThat(given.users.administrationLocks()).isEqualTo(1);
    }

    @Test
    void aMarketerMayNotReactivate() {
        User marketer = given.givenMarketer();
        User other = given.givenDeactivated(given.givenUser("otto@example.com", Role.MARKETER));

        assertThatThrownBy(() -> service().reactivate(marketer.id(), other.id()))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.kind()).isEqualTo(Kind.FORBIDDEN));
    }

    @Test
    void anUnknownUserIsNotFound() {
        assertThatThrownBy(() -> service().reactivate(admin.id(), new UserId(99)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.kind()).isEqualTo(Kind.NOT_FOUND));
    }

    private ReactivateUserService service() {
        return new ReactivateUserService(given.users, given.transactions);
    }
}
