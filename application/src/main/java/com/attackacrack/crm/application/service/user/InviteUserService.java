package com.attackacrack.crm.application.service.user;

import com.attackacrack.crm.application.port.in.user.InviteResult;
import com.attackacrack.crm.application.port.in.user.InviteUserCommand;
import com.attackacrack.crm.application.port.in.user.InviteUserUseCase;
import com.attackacrack.crm.application.port.out.InviteRepository;
import com.attackacrack.crm.application.port.out.InviteRepository.NewInvite;
import com.attackacrack.crm.application.port.out.Mailer;
import com.attackacrack.crm.application.port.out.TokenGenerator;
import com.attackacrack.crm.application.port.out.TransactionRunner;
import com.attackacrack.crm.application.port.out.UserRepository;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import com.attackacrack.crm.domain.user.Invite;
import com.attackacrack.crm.domain.user.User;
import com.attackacrack.crm.domain.user.UserId;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Invites a person by email, replacing any pending invite of theirs, and mails the one-time link outside the transaction. */
public final class InviteUserService implements InviteUserUseCase {

    private final UserRepository users;
    private final InviteRepository invites;
    private final TokenGenerator tokens;
    private final TransactionRunner transactions;
    private final InviteLinks links;
    private final InviteSending sending;
    private final Clock clock;

    public InviteUserService(UserRepository users, InviteRepository invites, TokenGenerator tokens, Mailer mailer,
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
    public InviteResult invite(InviteUserCommand command) {
        Instant now = clock.instant();
        String token = tokens.newToken();
        Optional<User> inviter = command.actor().map(actor -> UserAdministrators.requireManager(users, actor));
        Invite invite = transactions.inTransaction(() -> {
            if (users.findByEmail(command.email()).isPresent()) {
                throw BusinessRuleException.conflict("There is already an account for " + command.email() + ".");
            }
            invites.pending(now).stream()
                    .filter(pending -> command.email().equals(pending.email()))
                    .forEach(pending -> invites.revoke(pending.id(), now));
            UserId invitedBy = inviter.map(User::id).orElse(null);
            return invites.create(new NewInvite(command.email(), command.role(), Tokens.hash(token), invitedBy, now,
                    now.plus(Invite.VALIDITY)));
        });
        return sending.send(invite, inviter, links.linkFor(token));
    }
}
