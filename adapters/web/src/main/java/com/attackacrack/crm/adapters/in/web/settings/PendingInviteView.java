package com.attackacrack.crm.adapters.in.web.settings;

import com.attackacrack.crm.domain.user.Invite;
import com.attackacrack.crm.domain.user.UserId;
import java.time.Instant;
import java.util.Map;

/**
 * One row of the pending invites table.
 *
 * @param id         invite id (for the resend and revoke URLs)
 * @param email      the invited address, or empty for the first-admin setup link
 * @param setupLink  whether this is the setup link (no email)
 * @param roleLabel  the role the invitee will get
 * @param invitedBy  who sent it ("Command line" for invites made at the CLI)
 * @param expires    expiry for people
 * @param expiresIso expiry as ISO-8601
 * @param expired    whether it has already expired (it can still be re-sent)
 */
public record PendingInviteView(long id, String email, boolean setupLink, String roleLabel, String invitedBy, String expires,
                                String expiresIso, boolean expired) {

    /** The row for an invite; {@code names} maps user ids to full names for the "invited by" column. */
    public static PendingInviteView from(Invite invite, Map<UserId, String> names, Instant now, Times times) {
        String invitedBy = invite.inviter().map(id -> names.getOrDefault(id, "Former user")).orElse("Command line");
        return new PendingInviteView(invite.id().value(), invite.emailAddress().map(Object::toString).orElse(""),
                invite.isSetupLink(), invite.role().label(), invitedBy, times.human(invite.expiresAt()),
                invite.expiresAt().toString(), !now.isBefore(invite.expiresAt()));
    }
}
