package com.attackacrack.crm.application.service.user;

import com.attackacrack.crm.application.port.in.user.CheckInviteUseCase;
import com.attackacrack.crm.application.port.out.InviteRepository;
import com.attackacrack.crm.domain.user.Invite;
import java.time.Clock;
import java.util.Optional;

/** Looks an invite token up by its hash and says whether it can still be accepted. */
public final class CheckInviteService implements CheckInviteUseCase {

    private final InviteRepository invites;
    private final Clock clock;

    public CheckInviteService(InviteRepository invites, Clock clock) {
        this.invites = invites;
        this.clock = clock;
    }

    @Override
    public InviteCheck check(String token) {
        Optional<Invite> invite = token == null || token.isBlank()
                ? Optional.empty()
                : invites.findByTokenHash(Tokens.hash(token.trim()));
        if (invite.isEmpty()) {
            return new InviteCheck(InviteCheck.Outcome.UNKNOWN, Optional.empty());
        }
        InviteCheck.Outcome outcome = switch (invite.get().status(clock.instant())) {
            case PENDING -> InviteCheck.Outcome.VALID;
            case EXPIRED -> InviteCheck.Outcome.EXPIRED;
            case USED -> InviteCheck.Outcome.USED;
            case REVOKED -> InviteCheck.Outcome.REVOKED;
        };
        return new InviteCheck(outcome, invite);
    }
}
