package com.attackacrack.crm.application.service.user;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.application.port.in.user.CheckInviteUseCase.InviteCheck.Outcome;
import com.attackacrack.crm.application.port.in.user.InviteResult;
import com.attackacrack.crm.application.port.in.user.InviteUserCommand;
import com.attackacrack.crm.application.port.out.Mailer.MailDelivery.Status;
import com.attackacrack.crm.domain.user.Role;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CreateSetupLinkServiceTest {

    private final UserFixture given = new UserFixture();

    @Test
    void withNoUsersItMakesAnUnmailedAdminLinkWithoutEmailOrInviter() {
        Optional<InviteResult> result = given.createSetupLink().createSetupLink();

        assertThat(result).hasValueSatisfying(link -> {
            assertThat(link.link()).isEqualTo("https://crm.example.com/invite/token-1");
            assertThat(link.invite().role()).isEqualTo(Role.ADMIN);
            assertThat(link.invite().isSetupLink()).isTrue();
            assertThat(link.invite().inviter()).isEmpty();
            assertThat(link.delivery().status()).isEqualTo(Status.NOT_CONFIGURED);
        });
        assertThat(given.mailer.mails()).isEmpty();
    }

    @Test
    void onceSomebodyHasAnAccountThereIsNoSetupLink() {
        given.givenMarketer();

        Optional<InviteResult> result = given.createSetupLink().createSetupLink();

        assertThat(result).isEmpty();
        assertThat(given.invites.all()).isEmpty();
    }

    @Test
    void aNewSetupLinkRevokesTheEarlierOne() {
        InviteResult first = given.createSetupLink().createSetupLink().orElseThrow();

        InviteResult second = given.createSetupLink().createSetupLink().orElseThrow();

        assertThat(given.checkInvite().check(UserFixture.tokenOf(first)).outcome()).isEqualTo(Outcome.REVOKED);
        assertThat(given.checkInvite().check(UserFixture.tokenOf(second)).outcome()).isEqualTo(Outcome.VALID);
    }

    @Test
    void ordinaryInvitesAreLeftAlone() {
        InviteResult invite = given.inviteUser().invite(InviteUserCommand.of(Optional.empty(), "ops@example.com", "admin"));

        given.createSetupLink().createSetupLink();

        assertThat(given.checkInvite().check(UserFixture.tokenOf(invite)).outcome()).isEqualTo(Outcome.VALID);
    }
}
