package com.attackacrack.crm.application.port.in.user;

import com.attackacrack.crm.application.port.out.Mailer.MailDelivery;
import com.attackacrack.crm.domain.user.Invite;
import java.util.Objects;

/** An invite just made or re-sent, its one-time link (shown only now; only its hash is kept) and the mail outcome. */
public record InviteResult(Invite invite, String link, MailDelivery delivery) {

    public InviteResult {
        Objects.requireNonNull(invite, "invite");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(delivery, "delivery");
    }
}
