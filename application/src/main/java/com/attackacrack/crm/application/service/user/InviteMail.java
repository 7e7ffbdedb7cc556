package com.attackacrack.crm.application.service.user;

import com.attackacrack.crm.application.port.out.Mailer.OutgoingMail;
import com.attackacrack.crm.domain.user.Invite;
import com.attackacrack.crm.domain.user.User;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/** Writes the invite email: who invited, the role, the one-time link and when it expires. */
final class InviteMail {

    static final String SUBJECT = "You are invited to the Attack-a-Crack CRM";
    private static final DateTimeFormatter EXPIRY =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private InviteMail() {
    }

    /** The mail for an invite that has an email; {@code inviter} is empty when an operator sent it. */
    static OutgoingMail compose(Invite invite, Optional<User> inviter, String link) {
        String who = inviter.map(user -> user.name().full() + " (" + user.email() + ") has invited you")
                .orElse("You have been invited");
        String text = "Hello,\n\n"
                + who + " to join the Attack-a-Crack CRM as " + invite.role().label() + ".\n\n"
                + "Open this link to choose your name and password:\n\n"
                + link + "\n\n"
                + "The link works once and expires on " + EXPIRY.format(invite.expiresAt()) + ".\n"
                + "If you did not expect this invitation, you can ignore this email.\n";
        return new OutgoingMail(invite.emailAddress().orElseThrow(), SUBJECT, text);
    }
}
