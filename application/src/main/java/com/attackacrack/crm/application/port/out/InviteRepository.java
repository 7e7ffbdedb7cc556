package com.attackacrack.crm.application.port.out;

import com.attackacrack.crm.domain.shared.EmailAddress;
import com.attackacrack.crm.domain.user.Invite;
import com.attackacrack.crm.domain.user.InviteId;
import com.attackacrack.crm.domain.user.Role;
import com.attackacrack.crm.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stores invites by the hash of their one-time token; a token is used at most once, even under concurrent accepts. */
public interface InviteRepository {

    Invite create(NewInvite invite);

    Optional<Invite> findById(InviteId id);

    Optional<Invite> findByTokenHash(String tokenHash);

    /** Invites neither used, revoked nor expired at {@code now}, newest first. */
    List<Invite> pending(Instant now);

    /** Marks the invite used; false (and nothing changed) when it was already used, revoked or expired. */
    boolean markUsed(InviteId id, Instant at);

    void revoke(InviteId id, Instant at);

    /** Revokes every pending first-admin setup link (invites without an email); returns how many. */
    int revokePendingSetupLinks(Instant at);

    /** Gives the invite a new token hash and expiry (resend: the old link stops working). */
    void reissue(InviteId id, String newTokenHash, Instant newExpiresAt);

    /** An invite to create; email and inviter are null for a first-admin setup link made by an operator. */
    record NewInvite(EmailAddress email, Role role, String tokenHash, UserId invitedBy, Instant createdAt,
                     Instant expiresAt) {
    }
}
