package com.attackacrack.crm.application.service.user;

import static com.attackacrack.crm.application.service.user.UserFixture.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.application.port.in.user.CheckInviteUseCase.InviteCheck.Outcome;
import com.attackacrack.crm.application.port.in.user.InviteResult;
import com.attackacrack.crm.application.port.in.user.InviteUserCommand;
import com.attackacrack.crm.application.port.out.Mailer;
import com.attackacrack.crm.application.port.out.Mailer.MailDelivery.Status;
import com.attackacrack.crm.application.port.out.Mailer.OutgoingMail;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import com.attackacrack.crm.domain.shared.EmailAddress;
import com.attackacrack.crm.domain.user.Invite;
import com.attackacrack.crm.domain.user.InviteStatus;
import com.attackacrack.crm.domain.user.Role;
import com.attackacrack.crm.domain.user.User;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InviteUserServiceTest {

    private final UserFixture given = new UserFixture();

    @Test
    void mailsTheLinkWithWhoInvitedTheRoleAndTheExpiry() {
        User admin = given.givenAdmin();

        InviteResult result = given.givenInvite(admin, "new.person@example.com", Role.MARKETER);

        OutgoingMail mail = given.mailer.last();
        assertThat(result.delivery().status()).isEqualTo(Status.SENT);
        assertThat(result.link()).isEqualTo("https://crm.example.com/invite/token-1");
        assertThat(mail.to()).isEqualTo(EmailAddress.parse("new.person@example.com"));
        assertThat(mail.text()).contains(result.link(), "Ada Tester", "ada@example.com", "Marketer",
                "Thursday 3 December 2026 at 12:00 UTC");
    }

    @Test
    void storesOnlyTheTokenHashAndIsValidForSevenDays() {
        User admin = given.givenAdmin();

        InviteResult result = given.givenInvite(admin, "new.person@example.com", Role.ADMIN);

        Invite stored = given.invites.findById(result.invite().id()).orElseThrow();
        assertThat(stored.tokenHash()).isEqualTo(Tokens.hash("token-1")).isNotEqualTo("token-1");
        assertThat(stored.expiresAt()).isEqualTo(T0.plus(Duration.ofDays(7)));
        assertThat(stored.role()).isEqualTo(Role.ADMIN);
        assertThat(stored.inviter()).contains(admin.id());
        assertThat(stored.status(T0)).isEqualTo(InviteStatus.PENDING);
    }

    @Test
    void withoutAMailServerTheInviteStillReturnsItsLink() {
        User admin = given.givenAdmin();
        given.mailer.notConfigured();

        InviteResult result = given.givenInvite(admin, "new.person@example.com", Role.MARKETER);

        assertThat(result.delivery().status()).isEqualTo(Status.NOT_CONFIGURED);
        assertThat(result.link()).endsWith("/invite/token-1");
        assertThat(given.checkInvite().check("token-1").outcome()).isEqualTo(Outcome.VALID);
    }

    @Test
    void aFailedMailStillLeavesAWorkingInviteAndItsLink() {
        User admin = given.givenAdmin();
        given.mailer.failWith("connection refused");

        InviteResult result = given.givenInvite(admin, "new.person@example.com", Role.MARKETER);

        assertThat(result.delivery().status()).isEqualTo(Status.FAILED);
        assertThat(result.delivery().detail()).isEqualTo("connection refused");
        assertThat(given.checkInvite().check(UserFixture.tokenOf(result)).outcome()).isEqualTo(Outcome.VALID);
    }

    @Test
    void aMailerThatThrowsIsReportedAsAFailedDelivery() {
        User admin = given.givenAdmin();
        Mailer broken = mail -> {
            throw new IllegalStateException("smtp exploded");
        };
        InviteUserService service = new InviteUserService(given.users, given.invites, given.tokens, broken,
                given.transactions, UserFixture.BASE_URL, given.clock);

        InviteResult result = service.invite(givenCommand(admin, "new.person@example.com"));

        assertThat(result.delivery().status()).isEqualTo(Status.FAILED);
        assertThat(result.link()).endsWith("/invite/token-1");
    }

    @Test
    void anEmailThatAlreadyHasAnAccountIsAConflictNamingIt() {
        User admin = given.givenAdmin();
        given.givenMarketer();

        assertThatThrownBy(() -> given.inviteUser().invite(givenCommand(admin, "MIA@example.com")))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.kind()).isEqualTo(BusinessRuleException.Kind.CONFLICT))
                .hasMessageContaining("mia@example.com");
    }

    @Test
    void reInvitingRevokesThePendingInviteSoOnlyTheNewLinkWorks() {
        User admin = given.givenAdmin();
        InviteResult first = given.givenInvite(admin, "new.person@example.com", Role.MARKETER);

        InviteResult second = given.inviteUser().invite(givenCommand(admin, "new.person@example.com"));

        assertThat(given.checkInvite().check(UserFixture.tokenOf(first)).outcome()).isEqualTo(Outcome.REVOKED);
        assertThat(given.checkInvite().check(UserFixture.tokenOf(second)).outcome()).isEqualTo(Outcome.VALID);
        assertThat(given.invites.pending(T0)).extracting(Invite::id).containsExactly(second.invite().id());
    }

    @Test
    void aMarketerMayNotInvite() {
        User marketer = given.givenMarketer();

        assertThatThrownBy(() -> given.inviteUser().invite(givenCommand(marketer, "new.person@example.com")))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.kind()).isEqualTo(BusinessRuleException.Kind.FORBIDDEN));
        assertThat(given.invites.all()).isEmpty();
    }

    @Test
    void aDeactivatedAdminMayNotInvite() {
        User admin = given.givenDeactivated(given.givenAdmin());

        assertThatThrownBy(() -> given.inviteUser().invite(givenCommand(admin, "new.person@example.com")))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.kind()).isEqualTo(BusinessRuleException.Kind.FORBIDDEN));
    }

    @Test
    void anOperatorInviteHasNoInviter() {
        InviteResult result = given.inviteUser().invite(InviteUserCommand.of(Optional.empty(), "ops@example.com", "admin"));

        assertThat(result.invite().inviter()).isEmpty();
        assertThat(given.mailer.last().text()).startsWith("Hello,\n\nYou have been invited to join").contains("Admin");
    }

    private static InviteUserCommand givenCommand(User actor, String email) {
        return InviteUserCommand.of(Optional.of(actor.id()), email, "marketer");
    }
}
