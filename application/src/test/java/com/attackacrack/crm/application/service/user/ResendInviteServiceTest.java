package com.attackacrack.crm.application.service.user;

import static com.attackacrack.crm.application.service.user.UserFixture.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.application.port.in.user.AcceptInviteCommand;
import com.attackacrack.crm.application.port.in.user.CheckInviteUseCase.InviteCheck.Outcome;
import com.attackacrack.crm.application.port.in.user.InviteResult;
import com.attackacrack.crm.application.port.out.Mailer.MailDelivery.Status;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import com.attackacrack.crm.domain.shared.BusinessRuleException.Kind;
import com.attackacrack.crm.domain.user.InviteId;
import com.attackacrack.crm.domain.user.Role;
import com.attackacrack.crm.domain.user.User;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ResendInviteServiceTest {

    private final UserFixture given = new UserFixture();
    private final User admin = given.givenAdmin();

    @Test
    void resendingMakesTheOldLinkUnusableAndMailsTheNewOne() {
        InviteResult first = given.givenInvite(admin, "new.person@example.com", Role.MARKETER);

        InviteResult resent = given.resendInvite().resend(admin.id(), first.invite().id());

        assertThat(given.checkInvite().check(UserFixture.tokenOf(first)).outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(given.checkInvite().check(UserFixture.tokenOf(resent)).outcome()).isEqualTo(Outcome.VALID);
        assertThat(given.mailer.mails()).hasSize(2);
        assertThat(given.mailer.last().text()).contains(resent.link());
    }

    @Test
    void resendingGivesSevenDaysFromNow() {
        InviteResult first = given.givenInvite(admin, "new.person@example.com", Role.MARKETER);
        given.clock.advance(Duration.ofDays(3));

        InviteResult resent = given.resendInvite().resend(admin.id(), first.invite().id());

        assertThat(resent.invite().expiresAt()).isEqualTo(T0.plus(Duration.ofDays(10)));
    }

    @Test
    void anExpiredInviteCanBeResent() {
        InviteResult first = given.givenInvite(admin, "new.person@example.com", Role.MARKETER);
        given.clock.advance(Duration.ofDays(8));

        InviteResult resent = given.resendInvite().resend(admin.id(), first.invite().id());

        assertThat(given.checkInvite().check(UserFixture.tokenOf(resent)).outcome()).isEqualTo(Outcome.VALID);
    }

    @Test
    void aUsedInviteCannotBeResent() {
        InviteResult first = given.givenInvite(admin, "new.person@example.com", Role.MARKETER);
        given.acceptInvite().accept(new AcceptInviteCommand(UserFixture.tokenOf(first), null, "New", "Person",
                UserFixture.PASSWORD, UserFixture.PASSWORD));

        assertThatThrownBy(() -> given.resendInvite().resend(admin.id(), first.invite().id()))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.kind()).isEqualTo(Kind.CONFLICT))
                .hasMessageContaining("used");
    }

    @Test
    void aRevokedInviteCannotBeResent() {
        InviteResult first = given.givenInvite(admin, "new.person@example.com", Role.MARKETER);
        given.revokeInvite().revoke(admin.id(), first.invite().id());

        assertThatThrownBy(() -> given.resendInvite().resend(admin.id(), first.invite().id()))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.kind()).isEqualTo(Kind.CONFLICT))
                .hasMessageContaining("revoked");
    }

    @Test
    void anUnknownInviteIsNotFound() {
        assertThatThrownBy(() -> given.resendInvite().resend(admin.id(), new InviteId(99)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.kind()).isEqualTo(Kind.NOT_FOUND));
    }

    @Test
    void aMarketerMayNotResend() {
        InviteResult first = given.givenInvite(admin, "new.person@example.com", Role.MARKETER);
        User marketer = given.givenMarketer();

        assertThatThrownBy(() -> given.resendInvite().resend(marketer.id(), first.invite().id()))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.kind()).isEqualTo(Kind.FORBIDDEN));
    }

    @Test
    void aFailedMailStillReturnsTheNewLink() {
        InviteResult first = given.givenInvite(admin, "new.person@example.com", Role.MARKETER);
        given.mailer.failWith("mailbox full");

        InviteResult resent = given.resendInvite().resend(admin.id(), first.invite().id());

        assertThat(resent.delivery().status()).isEqualTo(Status.FAILED);
        assertThat(resent.link()).endsWith("/invite/token-2");
    }
}
