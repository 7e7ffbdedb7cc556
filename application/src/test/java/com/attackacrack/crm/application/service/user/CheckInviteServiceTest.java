package com.attackacrack.crm.application.service.user;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.application.port.in.user.AcceptInviteCommand;
import com.attackacrack.crm.application.port.in.user.CheckInviteUseCase.InviteCheck;
import com.attackacrack.crm.application.port.in.user.CheckInviteUseCase.InviteCheck.Outcome;
import com.attackacrack.crm.application.port.in.user.InviteResult;
import com.attackacrack.crm.domain.user.Role;
import com.attackacrack.crm.domain.user.User;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CheckInviteServiceTest {

    private final UserFixture given = new UserFixture();
    private final User admin = given.givenAdmin();

    @Test
    void aPendingInviteIsValidAndComesWithTheInvite() {
        InviteResult invite = given.givenInvite(admin, "new.person@example.com", Role.MARKETER);

        InviteCheck check = given.checkInvite().check(UserFixture.tokenOf(invite));

        assertThat(check.outcome()).isEqualTo(Outcome.VALID);
        assertThat(check.invite()).contains(invite.invite());
    }

    @Test
    void anUnknownTokenIsUnknownWithoutAnInvite() {
        given.givenInvite(admin, "new.person@example.com", Role.MARKETER);

        InviteCheck check = given.checkInvite().check("token-999");

        assertThat(check.outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(check.invite()).isEmpty();
    }

    @Test
    void theStoredHashIsNotAToken() {
        InviteResult invite = given.givenInvite(admin, "new.person@example.com", Role.MARKETER);

        InviteCheck check = given.checkInvite().check(invite.invite().tokenHash());

        assertThat(check.outcome()).isEqualTo(Outcome.UNKNOWN);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "  ")
    void aMissingTokenIsUnknown(String token) {
        assertThat(given.checkInvite().check(token).outcome()).isEqualTo(Outcome.UNKNOWN);
    }

    @Test
    void sevenDaysLaterTheInviteHasExpired() {
        InviteResult invite = given.givenInvite(admin, "new.person@example.com", Role.MARKETER);
        given.clock.advance(Duration.ofDays(7));

        assertThat(given.checkInvite().check(UserFixture.tokenOf(invite)).outcome()).isEqualTo(Outcome.EXPIRED);
    }

    @Test
    void aSecondBeforeSevenDaysTheInviteIsStillValid() {
        InviteResult invite = given.givenInvite(admin, "new.person@example.com", Role.MARKETER);
        given.clock.advance(Duration.ofDays(7).minusSeconds(1));

        assertThat(given.checkInvite().check(UserFixture.tokenOf(invite)).outcome()).isEqualTo(Outcome.VALID);
    }

    @Test
    void anAcceptedInviteIsUsed() {
        InviteResult invite = given.givenInvite(admin, "new.person@example.com", Role.MARKETER);
        given.acceptInvite().accept(new AcceptInviteCommand(UserFixture.tokenOf(invite), null, "New", "Person",
                UserFixture.PASSWORD, UserFixture.PASSWORD));

        assertThat(given.checkInvite().check(UserFixture.tokenOf(invite)).outcome()).isEqualTo(Outcome.USED);
    }

    @Test
    void aRevokedInviteIsRevoked() {
        InviteResult invite = given.givenInvite(admin, "new.person@example.com", Role.MARKETER);
        given.revokeInvite().revoke(admin.id(), invite.invite().id());

        assertThat(given.checkInvite().check(UserFixture.tokenOf(invite)).outcome()).isEqualTo(Outcome.REVOKED);
    }
}
