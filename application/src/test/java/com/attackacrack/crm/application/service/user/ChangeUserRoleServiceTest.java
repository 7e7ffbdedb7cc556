package com.attackacrack.crm.application.service.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.domain.shared.BusinessRuleException;
import com.attackacrack.crm.domain.shared.BusinessRuleException.Kind;
import com.attackacrack.crm.domain.user.Role;
import com.attackacrack.crm.domain.user.User;
import com.attackacrack.crm.domain.user.UserId;
import org.junit.jupiter.api.Test;

class ChangeUserRoleServiceTest {

    private final UserFixture given = new UserFixture();
    private final User admin = given.givenAdmin();

    @Test
    void anAdminPromotesAMarketerUnderTheAdministrationLock() {
        User marketer = given.givenMarketer();

        User changed = service().changeRole(admin.id(), marketer.id(), Role.ADMIN);

        assertThat(changed.role()).isEqualTo(Role.ADMIN);
        assertThat(given.reload(marketer.id()).role()).isEqualTo(Role.ADMIN);
        assertThat(given.users.administrationLocks()).isEqualTo(1);
        assertThat(given.transactions.units()).isEqualTo(1);
    }

    @Test
    void anAdminDemotesAnotherAdmin() {
        User other = given.givenUser("otto@example.com", Role.ADMIN);

        service().changeRole(admin.id(), other.id(), Role.MARKETER);

        assertThat(given.reload(other.id()).role()).isEqualTo(Role.MARKETER);
    }

    @Test
    void nobodyChangesTheirOwnRole() {
        given.givenUser("otto@example.com", Role.ADMIN);

        assertThatThrownBy(() -> service().changeRole(admin.id(), admin.id(), Role.MARKETER))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.kind()).isEqualTo(Kind.FORBIDDEN))
                .hasMessageContaining("your own role");
        assertThat(given.reload(admin.id()).role()).isEqualTo(Role.ADMIN);
    }

    @Test
    void aMarketerMayNotChangeRoles() {
        User marketer = given.givenMarketer();

        assertThatThrownBy(() -> service().changeRole(marketer.id(), admin.id(), Role.MARKETER))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.kind()).isEqualTo(Kind.FORBIDDEN));
    }

    @Test
    void anUnknownUserIsNotFound() {
        assertThatThrownBy(() -> service().changeRole(admin.id(), new UserId(99), Role.ADMIN))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.kind()).isEqualTo(Kind.NOT_FOUND));
    }

    @Test
    void theSameRoleChangesNothing() {
        User marketer = given.givenMarketer();

        User unchanged = service().changeRole(admin.id(), marketer.id(), Role.MARKETER);

        assertThat(unchanged).isEqualTo(marketer);
    }

    private ChangeUserRoleService service() {
        return new ChangeUserRoleService(given.users, given.transactions);
    }
}
