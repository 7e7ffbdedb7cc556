package com.attackacrack.crm.adapters.out.mail;

import com.attackacrack.crm.application.port.out.Mailer;

/** The mailer used when no SMTP server is configured: sends nothing and says so, so the UI shows the link instead. */
public final class DisabledMailer implements Mailer {

    @Override
    public MailDelivery send(OutgoingMail mail) {
        return MailDelivery.notConfigured();
    }
}
