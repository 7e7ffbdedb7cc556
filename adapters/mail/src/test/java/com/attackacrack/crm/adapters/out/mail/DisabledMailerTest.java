package com.attackacrack.crm.adapters.out.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.application.port.out.Mailer.MailDelivery;
import com.attackacrack.crm.application.port.out.Mailer.OutgoingMail;
import com.attackacrack.crm.domain.shared.EmailAddress;
import org.junit.jupiter.api.Test;

class DisabledMailerTest {

    @Test
    void sendsNothingAndSaysNoMailServerIsConfigured() {
        MailDelivery delivery = new DisabledMailer().send(new OutgoingMail(EmailAddress.parse("a@example.com"), "Invite", "link"));

        assertThat(delivery.status()).isEqualTo(MailDelivery.Status.NOT_CONFIGURED);
        assertThat(delivery.wasSent()).isFalse();
    }
}
