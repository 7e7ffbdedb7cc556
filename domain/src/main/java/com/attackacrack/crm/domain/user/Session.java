package com.attackacrack.crm.domain.user;

import java.time.Instant;
import java.util.Objects;

/**
 * A signed-in browser session. Only a hash of the cookie's random id is stored; the CSRF token belongs to the
 * session. A session ends when it expires (absolute lifetime) or is revoked (logout, deactivation, password change).
 */
public record Session(String idHash, UserId userId, String csrfToken, Instant createdAt, Instant expiresAt,
                      Instant revokedAt) {

    public Session {
        Objects.requireNonNull(idHash, "idHash");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(csrfToken, "csrfToken");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public boolean activeAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    @Override
    public String toString() {
        return "Session[user=" + userId + ", expiresAt=" + expiresAt + ", revoked=" + (revokedAt != null) + "]";
    }
}
