package com.attackacrack.crm.application.service.user;

import static com.attackacrack.crm.application.service.user.UserFixture.T0;
import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.application.port.out.Mailer.OutgoingMail;
import com.attackacrack.crm.domain.shared.EmailAddress;
import com.attackacrack.crm.domain.user.Invite;
import com.attackacrack.crm.domain.user.InviteId;
import com.attackacrack.crm.domain.user.Role;
import com.attackacrack.crm.domain.user.User;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InviteMailTest {

    private static final String LINK = "https://crm.example.com/invite/abc";
    private final UserFixture given = new UserFixture();

    @Test
    void namesTheInviterTheRoleTheLinkAndTheExpiry() {
        User admin = given.givenAdmin();

        OutgoingMail mail = InviteMail.compose(givenInvite(admin), Optional.of(admin), LINK);

        assertThat(mail.to()).isEqualTo(EmailAddress.parse("new.person@example.com"));
        assertThat(mail.subject()).isEqualTo(InviteMail.SUBJECT);
        assertThat(mail.text()).contains("Ada Tester (ada@example.com) has invited you", "as Marketer", LINK,
                "expires on Thursday 3 December 2026 at 12:00 UTC");
    }

    @Test
    void anOperatorsInviteNamesNobody() {
        OutgoingMail mail = InviteMail.compose(givenInvite(null), Optional.empty(), LINK);

        assertThat(mail.text()).contains("You have been invited to join the Attack-a-Crack CRM as Marketer.");
    }

    private static Invite givenInvite(User inviter) {
        return new Invite(new InviteId(1), EmailAddress.parse("new.person@example.com"), Role.MARKETER, "hash",
                inviter == null ? null : inviter.id(), T0, T0.plus(Duration.ofDays(7)), null, null);
    }
}
