package com.attackacrack.crm.application.service.user;

import static com.attackacrack.crm.application.service.user.UserFixture.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.application.port.in.user.CheckInviteUseCase.InviteCheck.Outcome;
import com.attackacrack.crm.application.port.in.user.InviteResult;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import com.attackacrack.crm.domain.shared.BusinessRuleException.Kind;
import com.attackacrack.crm.domain.user.InviteId;
import com.attackacrack.crm.domain.user.Role;
import com.attackacrack.crm.domain.user.User;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RevokeInviteServiceTest {

    private final UserFixture given = new UserFixture();
    private final User admin = given.givenAdmin();

    @Test
    void aRevokedInviteLinkStopsWorking() {
        InviteResult invite = given.givenInvite(admin, "new.person@example.com", Role.MARKETER);

        given.revokeInvite().revoke(admin.id(), invite.invite().id());

        assertThat(given.checkInvite().check(UserFixture.tokenOf(invite)).outcome()).isEqualTo(Outcome.REVOKED);
        assertThat(given.invites.pending(T0)).isEmpty();
    }

    @Test
    void anExpiredInviteCannotBeRevoked() {
        InviteResult invite = given.givenInvite(admin, "new.person@example.com", Role.MARKETER);
        given.clock.advance(Duration.ofDays(7));

        assertThatThrownBy(() -> given.revokeInvite().revoke(admin.id(), invite.invite().id()))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.kind()).isEqualTo(Kind.CONFLICT))
                .hasMessageContaining("expired");
    }

    @Test
    void aRevokedInviteCannotBeRevokedAgain() {
        InviteResult invite = given.givenInvite(admin, "new.person@example.com", Role.MARKETER);
        given.revokeInvite().revoke(admin.id(), invite.invite().id());

        assertThatThrownBy(() -> given.revokeInvite().revoke(admin.id(), invite.invite().id()))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.kind()).isEqualTo(Kind.CONFLICT));
    }

    @Test
    void anUnknownInviteIsNotFound() {
        assertThatThrownBy(() -> given.revokeInvite().revoke(admin.id(), new InviteId(42)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.kind()).isEqualTo(Kind.NOT_FOUND));
    }

    @Test
    void aMarketerMayNotRevoke() {
        InviteResult invite = given.givenInvite(admin, "new.person@example.com", Role.MARKETER);
        User marketer = given.givenMarketer();

        assertThatThrownBy(() -> given.revokeInvite().revoke(marketer.id(), invite.invite().id()))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.kind()).isEqualTo(Kind.FORBIDDEN));
    }
}
