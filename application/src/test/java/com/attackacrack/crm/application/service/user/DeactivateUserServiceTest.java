package com.attackacrack.crm.application.service.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.application.port.in.user.SignedIn;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import com.attackacrack.crm.domain.shared.BusinessRuleException.Kind;
import com.attackacrack.crm.domain.user.Role;
import com.attackacrack.crm.domain.user.User;
import com.attackacrack.crm.domain.user.UserId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeactivateUserServiceTest {

    private final UserFixture given = new UserFixture();
    private final User admin = given.givenAdmin();

    @Test
    void deactivationEndsEverySessionOfTheUserInOneTransaction() {
        User marketer = given.givenMarketer();
        SignedIn laptop = given.givenSignedIn(marketer);
        SignedIn phone = given.givenSignedIn(marketer);
        int unitsBefore = given.transactions.units();

        User deactivated = service().deactivate(Optional.of(admin.id()), marketer.id());

        assertThat(deactivated.active()).isFalse();
        assertThat(given.reload(marketer.id()).active()).isFalse();
        assertThat(given.sessions.sessionsOf(marketer.id())).allSatisfy(s -> assertThat(s.revokedAt()).isNotNull());
        assertThat(given.authenticate().authenticate(laptop.sessionToken())).isEmpty();
        assertThat(given.authenticate().authenticate(phone.sessionToken())).isEmpty();
        assertThat(given.transactions.units() - unitsBefore).isEqualTo(1);
        assertThat(given.users.administrationLocks()).isEqualTo(1);
    }

    @Test
    void nobodyDeactivatesThemselves() {
        given.givenUser("otto@example.com", Role.ADMIN);

        assertThatThrownBy(() -> service().deactivate(Optional.of(admin.id()), admin.id()))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.kind()).isEqualTo(Kind.FORBIDDEN))
                .hasMessageContaining("your own account");
    }

    @Test
    void theLastActiveAdminStays() {
        given.givenDeactivated(given.givenUser("otto@example.com", Role.ADMIN));

        assertThatThrownBy(() -> service().deactivate(Optional.empty(), admin.id()))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.kind()).isEqualTo(Kind.CONFLICT))
                .hasMessageContaining("last active admin");
        assertThat(given.reload(admin.id()).active()).isTrue();
    }

    @Test
    void anOperatorDeactivatesOneOfTwoAdmins() {
        User other = given.givenUser("otto@example.com", Role.ADMIN);

        service().deactivate(Optional.empty(), other.id());

        assertThat(given.reload(other.id()).active()).isFalse();
    }

    @Test
    void aMarketerMayNotDeactivate() {
        User marketer = given.givenMarketer();
        User other = given.givenUser("otto@example.com", Role.MARKETER);

        assertThatThrownBy(() -> service().deactivate(Optional.of(marketer.id()), other.id()))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.kind()).isEqualTo(Kind.FORBIDDEN));
    }

    @Test
    void anUnknownUserIsNotFound() {
        assertThatThrownBy(() -> service().deactivate(Optional.of(admin.id()), new UserId(99)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.kind()).isEqualTo(Kind.NOT_FOUND));
    }

    private DeactivateUserService service() {
        return new DeactivateUserService(given.users, given.sessions, given.transactions, given.clock);
    }
}
