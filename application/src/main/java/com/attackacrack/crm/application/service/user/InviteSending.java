package com.attackacrack.crm.application.service.user;

import com.attackacrack.crm.application.port.in.user.InviteResult;
import com.attackacrack.crm.application.port.out.Mailer;
import com.attackacrack.crm.application.port.out.Mailer.MailDelivery;
import com.attackacrack.crm.domain.user.Invite;
import com.attackacrack.crm.domain.user.User;
import java.util.Optional;

/** Mails an invite's link and reports the outcome; a mailer that breaks its no-throw promise still fails nothing. */
final class InviteSending {

    private final Mailer mailer;

    InviteSending(Mailer mailer) {
        this.mailer = mailer;
    }

    InviteResult send(Invite invite, Optional<User> inviter, String link) {
        MailDelivery delivery;
        try {
            delivery = mailer.send(InviteMail.compose(invite, inviter, link));
        } catch (RuntimeException e) {
            delivery = MailDelivery.failed("the mailer failed unexpectedly (" + e.getClass().getSimpleName() + ")");
        }
        return new InviteResult(invite, link, delivery == null ? MailDelivery.failed("the mailer gave no answer") : delivery);
    }
}
