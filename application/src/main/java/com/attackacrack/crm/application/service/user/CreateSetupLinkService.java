package com.attackacrack.crm.application.service.user;

import com.attackacrack.crm.application.port.in.user.CreateSetupLinkUseCase;
import com.attackacrack.crm.application.port.in.user.InviteResult;
import com.attackacrack.crm.application.port.out.InviteRepository;
import com.attackacrack.crm.application.port.out.InviteRepository.NewInvite;
import com.attackacrack.crm.application.port.out.Mailer.MailDelivery;
import com.attackacrack.crm.application.port.out.TokenGenerator;
import com.attackacrack.crm.application.port.out.TransactionRunner;
import com.attackacrack.crm.application.port.out.UserRepository;
import com.attackacrack.crm.domain.user.Invite;
import com.attackacrack.crm.domain.user.Role;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Makes the first-admin setup link while nobody has an account, revoking earlier unused ones; it is shown, never mailed. */
public final class CreateSetupLinkService implements CreateSetupLinkUseCase {

    /** The delivery a setup link reports: nothing was mailed, the operator is shown the link. */
    public static final MailDelivery NOT_MAILED =
            new MailDelivery(MailDelivery.Status.NOT_CONFIGURED, "setup links are shown to the operator, not mailed");

    private final UserRepository users;
    private final InviteRepository invites;
    private final TokenGenerator tokens;
    private final TransactionRunner transactions;
    private final InviteLinks links;
    private final Clock clock;

    public CreateSetupLinkService(UserRepository users, InviteRepository invites, TokenGenerator tokens,
                                  TransactionRunner transactions, URI publicBaseUrl, Clock clock) {
        this.users = users;
        this.invites = invites;
        this.tokens = tokens;
        this.transactions = transactions;
        this.links = new InviteLinks(publicBaseUrl);
        this.clock = clock;
    }

    @Override
    public Optional<InviteResult> createSetupLink() {
        Instant now = clock.instant();
        String token = tokens.newToken();
        return transactions.inTransaction(() -> {
            if (users.count() > 0) {
                return Optional.<InviteResult>empty();
            }
            invites.revokePendingSetupLinks(now);
            Invite invite = invites.create(new NewInvite(null, Role.ADMIN, Tokens.hash(token), null, now,
                    now.plus(Invite.VALIDITY)));
            return Optional.of(new InviteResult(invite, links.linkFor(token), NOT_MAILED));
        });
    }
}
