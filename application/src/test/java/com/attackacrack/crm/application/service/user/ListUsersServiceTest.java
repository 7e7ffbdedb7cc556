package com.attackacrack.crm.application.service.user;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.application.port.in.user.InviteResult;
import com.attackacrack.crm.application.port.in.user.ListUsersUseCase.UserAdministration;
import com.attackacrack.crm.domain.user.Invite;
import com.attackacrack.crm.domain.user.Role;
import com.attackacrack.crm.domain.user.User;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ListUsersServiceTest {

    private final UserFixture given = new UserFixture();
    private final User admin = given.givenAdmin();

    @Test
    void listsActiveUsersFirstThenByName() {
        User zed = given.givenUser("zed@example.com", Role.MARKETER);
        User bob = given.givenDeactivated(given.givenUser("bob@example.com", Role.MARKETER));

        UserAdministration page = new ListUsersService(given.users, given.invites, given.clock).list();

        assertThat(page.users()).extracting(User::id).containsExactly(admin.id(), zed.id(), bob.id());
    }

    @Test
    void listsOnlyPendingInvitesNewestFirst() {
        InviteResult revoked = given.givenInvite(admin, "revoked@example.com", Role.MARKETER);
        given.revokeInvite().revoke(admin.id(), revoked.invite().id());
        InviteResult older = given.givenInvite(admin, "older@example.com", Role.MARKETER);
        given.clock.advance(Duration.ofHours(1));
        InviteResult newer = given.givenInvite(admin, "newer@example.com", Role.ADMIN);

        UserAdministration page = new ListUsersService(given.users, given.invites, given.clock).list();

        assertThat(page.pendingInvites()).extracting(Invite::id).containsExactly(newer.invite().id(), older.invite().id());
    }

    @Test
    void expiredInvitesAreNotPending() {
        given.givenInvite(admin, "late@example.com", Role.MARKETER);
        given.clock.advance(Duration.ofDays(7));

        UserAdministration page = new ListUsersService(given.users, given.invites, given.clock).list();

        assertThat(page.pendingInvites()).isEmpty();
    }
}
