package com.attackacrack.crm.application.service.user;

import com.attackacrack.crm.application.port.in.user.InviteResult;
import com.attackacrack.crm.application.port.in.user.ResendInviteUseCase;
import com.attackacrack.crm.application.port.out.InviteRepository;
import com.attackacrack.crm.application.port.out.Mailer;
import com.attackacrack.crm.application.port.out.TokenGenerator;
import com.attackacrack.crm.application.port.out.TransactionRunner;
import com.attackacrack.crm.application.port.out.UserRepository;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import com.attackacrack.crm.domain.user.Invite;
import com.attackacrack.crm.domain.user.InviteId;
import com.attackacrack.crm.domain.user.InviteStatus;
import com.attackacrack.crm.domain.user.User;
import com.attackacrack.crm.domain.user.UserId;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/** Re-sends a pending or expired invite under a new token and a new validity, so the old link stops working. */
public final class ResendInviteService implements ResendInviteUseCase {

    private final UserRepository users;
    private final InviteRepository invites;
    private final TokenGenerator tokens;
    private final TransactionRunner transactions;
    private final InviteLinks links;
    private final InviteSending sending;
    private final Clock clock;

    public ResendInviteService(UserRepository users, InviteRepository invites, TokenGenerator tokens, Mailer mailer,
                               TransactionRunner transactions, URI publicBaseUrl, Clock clock) {
        this.users = users;
        this.invites = invites;
        this.tokens = tokens;
        this.transactions = transactions;
        this.links = new InviteLinks(publicBaseUrl);
        this.sending = new InviteSending(mailer);
        this.clock = clock;
    }

    @Override
    public InviteResult resend(UserId actor, InviteId id) {
        Instant now = clock.instant();
        String token = tokens.newToken();
        User sender = UserAdministrators.requireManager(users, actor);
        Invite reissued = transactions.inTransaction(() -> {
            Invite invite = invites.findById(id)
                    .orElseThrow(() -> BusinessRuleException.notFound("There is no invite with id " + id + "."));
            InviteStatus status = invite.status(now);
            if (status != InviteStatus.PENDING && status != InviteStatus.EXPIRED) {
                throw BusinessRuleException.conflict("This invite was " + status.name().toLowerCase(Locale.ROOT)
                        + " and cannot be sent again; invite the person anew if needed.");
            }
            if (invite.isSetupLink()) {
                throw BusinessRuleException.conflict("A setup link has no email to send it to; create a new one instead.");
            }
            if (users.findByEmail(invite.email()).isPresent()) {
                throw BusinessRuleException.conflict("There is already an account for " + invite.email() + ".");
            }
            invites.reissue(id, Tokens.hash(token), now.plus(Invite.VALIDITY));
            return invites.findById(id).orElseThrow();
        });
        return sending.send(reissued, Optional.of(sender), links.linkFor(token));
    }
}
