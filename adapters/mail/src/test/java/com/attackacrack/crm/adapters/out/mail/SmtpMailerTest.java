package com.attackacrack.crm.adapters.out.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.application.port.out.Mailer.MailDelivery;
import com.attackacrack.crm.application.port.out.Mailer.OutgoingMail;
import com.attackacrack.crm.domain.shared.EmailAddress;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SmtpMailerTest {

    private static final String LOGIN = "crm-mailer";
    private static final String PASSWORD = "sm7p-Pa55word";
    private static final String LINK = "https://crm.example.com/invites/accept?token=Zm9vYmFyYmF6cXV4";

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("crm@example.com", LOGIN, PASSWORD))
            .withPerMethodLifecycle(true);

    @Test
    void deliversAPlainTextUtf8MessageWithSubjectRecipientAndLink() throws Exception {
        MailDelivery delivery = givenMailer(Optional.empty(), Optional.empty(), false).send(givenInvite("Welcome to the CRM — café"));

        assertThat(delivery.wasSent()).isTrue();
        MimeMessage received = onlyReceived();
        assertThat(received.getSubject()).isEqualTo("Welcome to the CRM — café");
        assertThat(received.getRecipients(Message.RecipientType.TO)).extracting(Object::toString).containsExactly("new.user@example.org");
        assertThat(((InternetAddress) received.getFrom()[0]).getAddress()).isEqualTo("crm@example.com");
        assertThat(received.getContentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
        assertThat(GreenMailUtil.getBody(received)).isNotBlank();
        assertThat((String) received.getContent()).contains("Hello Zoë,").contains(LINK);
    }

    @Test
    void logsInWithTheConfiguredUsernameAndPassword() throws Exception {
        MailDelivery delivery = givenMailer(Optional.of(LOGIN), Optional.of(PASSWORD), false).send(givenInvite("Your invite"));

        assertThat(delivery.wasSent()).isTrue();
        assertThat((String) onlyReceived().getContent()).contains(LINK);
    }

    @Test
    void aRefusedLoginIsAFailureThatNeverNamesThePassword() {
        String wrong = "not-the-Pa55word";

        MailDelivery delivery = givenMailer(Optional.of(LOGIN), Optional.of(wrong), false).send(givenInvite("Your invite"));

        assertThat(delivery.status()).isEqualTo(MailDelivery.Status.FAILED);
        assertThat(delivery.detail()).contains("refused the SMTP login").doesNotContain(wrong).doesNotContain(PASSWORD);
        assertThat(GREEN_MAIL.getReceivedMessages()).isEmpty();
    }

    @Test
    void aSubjectCannotInjectHeaders() throws Exception {
        MailDelivery delivery = givenMailer(Optional.empty(), Optional.empty(), false)
                .send(givenInvite("Invite\r\nBcc: attacker@evil.example"));

        assertThat(delivery.wasSent()).isTrue();
        MimeMessage received = onlyReceived();
        assertThat(received.getSubject()).isEqualTo("Invite Bcc: attacker@evil.example");
        assertThat(received.getRecipients(Message.RecipientType.BCC)).isNull();
        assertThat(GREEN_MAIL.getReceivedMessages()).hasSize(1);
    }

    @Test
    void requiredStartTlsRefusesAServerWithoutIt() {
        MailDelivery delivery = givenMailer(Optional.of(LOGIN), Optional.of(PASSWORD), true).send(givenInvite("Your invite"));

        assertThat(delivery.status()).isEqualTo(MailDelivery.Status.FAILED);
        assertThat(delivery.detail()).containsIgnoringCase("STARTTLS").doesNotContain(PASSWORD);
        assertThat(GREEN_MAIL.getReceivedMessages()).isEmpty();
    }

    @Test
    void aServerThatIsDownIsAFailureNotAnException() throws IOException {
        SmtpSettings settings = new SmtpSettings("127.0.0.1", givenClosedPort(), Optional.of(LOGIN), Optional.of(PASSWORD),
                "crm@example.com", false, Duration.ofSeconds(2), Duration.ofSeconds(2));

        MailDelivery delivery = new SmtpMailer(settings).send(givenInvite("Your invite"));

        assertThat(delivery.status()).isEqualTo(MailDelivery.Status.FAILED);
        assertThat(delivery.detail()).startsWith("cannot reach the mail server 127.0.0.1:").doesNotContain(PASSWORD);
    }

    private static SmtpMailer givenMailer(Optional<String> username, Optional<String> password, boolean startTls) {
        return new SmtpMailer(new SmtpSettings("127.0.0.1", GREEN_MAIL.getSmtp().getPort(), username, password,
                "Attack-a-Crack CRM <crm@example.com>", startTls));
    }

    private static OutgoingMail givenInvite(String subject) {
        return new OutgoingMail(EmailAddress.parse("new.user@example.org"), subject,
                "Hello Zoë,\n\nYou have been invited to the CRM. Set your password here:\n" + LINK + "\n\nThe link expires in 7 days.\n");
    }

    private static MimeMessage onlyReceived() {
        MimeMessage[] received = GREEN_MAIL.getReceivedMessages();
        assertThat(received).hasSize(1);
        return received[0];
    }

    private static int givenClosedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
