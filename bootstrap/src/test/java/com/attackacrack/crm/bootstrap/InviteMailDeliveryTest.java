package com.attackacrack.crm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.adapters.out.persistence.testing.TestDatabase;
import com.attackacrack.crm.application.port.in.user.AcceptInviteCommand;
import com.attackacrack.crm.application.port.in.user.InviteResult;
import com.attackacrack.crm.application.port.in.user.InviteUserCommand;
import com.attackacrack.crm.application.port.in.user.SignedIn;
import com.attackacrack.crm.bootstrap.config.ConfigLoader;
import com.attackacrack.crm.bootstrap.config.CrmConfig;
import com.attackacrack.crm.domain.user.Role;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An admin's invite goes out through the real SMTP adapter, and the link in the received mail creates the account. */
class InviteMailDeliveryTest {

    private static final Pattern LINK = Pattern.compile("https://crm\\.example\\.com/invite/[A-Za-z0-9_-]+");
    private static final String PASSWORD = "Brick-Wall-2026!";

    private GreenMail smtp;
    private final Resources resources = new Resources();

    @BeforeEach
    void startMailServer() throws Exception {
        smtp = new GreenMail(new ServerSetup(ServeEndToEndTest.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void stop() {
        resources.close();
        smtp.stop();
    }

    @Test
    void theInviteMailArrivesAndItsLinkCreatesTheAccount() throws Exception {
        AccountServices accounts = givenAccounts();

        InviteResult result = accounts.inviteUser().invite(
                InviteUserCommand.of(Optional.empty(), "new.hire@example.com", "marketer"));

        assertThat(result.delivery().wasSent()).isTrue();
        assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("new.hire@example.com");
        Matcher link = LINK.matcher(GreenMailUtil.getBody(mail).replace("=\r\n", ""));
        assertThat(link.find()).isTrue();
        assertThat(link.group()).isEqualTo(result.link());

        String token = link.group().substring(link.group().lastIndexOf('/') + 1);
        SignedIn signedIn = accounts.acceptInvite().accept(new AcceptInviteCommand(token, null, "New", "Hire", PASSWORD,
                PASSWORD));
        assertThat(signedIn.user().email().value()).isEqualTo("new.hire@example.com");
        assertThat(signedIn.user().role()).isEqualTo(Role.MARKETER);
        assertThat(accounts.authenticateSession().authenticate(signedIn.sessionToken())).isPresent();
    }

    private AccountServices givenAccounts() {
        CrmConfig config = ConfigLoader.load(Map.of(
                "CRM_ENV", "test",
                "DATABASE_URL", ServeEndToEndTest.asUrl(TestDatabase.freshDatabase("crm_invite_mail")),
                "PUBLIC_BASE_URL", "https://crm.example.com",
                "SMTP_HOST", "127.0.0.1",
                "SMTP_PORT", Integer.toString(smtp.getSmtp().getPort()),
                "SMTP_FROM", "Attack-a-Crack CRM <crm@example.com>",
                "SMTP_STARTTLS", "false"));
        Infrastructure infrastructure = Infrastructure.database(config, "crm-test-mail", resources);
        infrastructure.migrator().migrate();
        return new AccountServices(config, infrastructure, Clock.systemUTC());
    }
}
