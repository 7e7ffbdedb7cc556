package com.attackacrack.crm.domain.user;

import com.attackacrack.crm.domain.shared.EmailAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An invitation to join with a role. Only a hash of its one-time token is kept. The email is absent only for the
 * first-admin setup link, where the person types their own. Valid for {@link #VALIDITY} after it was (re)issued.
 */
public record Invite(InviteId id, EmailAddress email, Role role, String tokenHash, UserId invitedBy, Instant createdAt,
                     Instant expiresAt, Instant usedAt, Instant revokedAt) {

    public static final Duration VALIDITY = Duration.ofDays(7);

    public Invite {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public InviteStatus status(Instant now) {
        if (revokedAt != null) {
            return InviteStatus.REVOKED;
        }
        if (usedAt != null) {
            return InviteStatus.USED;
        }
        return now.isBefore(expiresAt) ? InviteStatus.PENDING : InviteStatus.EXPIRED;
    }

    public Optional<EmailAddress> emailAddress() {
        return Optional.ofNullable(email);
    }

    /** Who sent it; absent for invites made by an operator through the CLI or the setup link. */
    public Optional<UserId> inviter() {
        return Optional.ofNullable(invitedBy);
    }

    public boolean isSetupLink() {
        return email == null;
    }

    @Override
    public String toString() {
        return "Invite[id=" + id + ", email=" + email + ", role=" + role.code() + "]";
    }
}
