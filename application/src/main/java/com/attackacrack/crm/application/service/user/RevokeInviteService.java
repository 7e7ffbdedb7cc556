package com.attackacrack.crm.application.service.user;

import com.attackacrack.crm.application.port.in.user.RevokeInviteUseCase;
import com.attackacrack.crm.application.port.out.InviteRepository;
import com.attackacrack.crm.application.port.out.UserRepository;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import com.attackacrack.crm.domain.user.Invite;
import com.attackacrack.crm.domain.user.InviteId;
import com.attackacrack.crm.domain.user.InviteStatus;
import com.attackacrack.crm.domain.user.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

/** Revokes a pending invite so its link stops working. */
public final class RevokeInviteService implements RevokeInviteUseCase {

    private final UserRepository users;
    private final InviteRepository invites;
    private final Clock clock;

    public RevokeInviteService(UserRepository users, InviteRepository invites, Clock clock) {
        this.users = users;
        this.invites = invites;
        this.clock = clock;
    }

    @Override
    public void revoke(UserId actor, InviteId id) {
        Instant now = clock.instant();
        UserAdministrators.requireManager(users, actor);
        Invite invite = invites.findById(id)
                .orElseThrow(() -> BusinessRuleException.notFound("There is no invite with id " + id + "."));
        InviteStatus status = invite.status(now);
        if (status != InviteStatus.PENDING) {
            throw BusinessRuleException.conflict("Only a pending invite can be revoked; this one was "
                    + status.name().toLowerCase(Locale.ROOT) + ".");
        }
        invites.revoke(id, now);
    }
}
