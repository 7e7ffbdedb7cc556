package com.attackacrack.crm.application.port.in.user;

import com.attackacrack.crm.domain.user.User;
import java.time.Instant;
import java.util.Objects;

/** A new session: the user, the secret session token for the cookie, the session's CSRF token and its expiry. */
public record SignedIn(User user, String sessionToken, String csrfToken, Instant expiresAt) {

    public SignedIn {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(sessionToken, "sessionToken");
        Objects.requireNonNull(csrfToken, "csrfToken");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    @Override
    public String toString() {
        return "SignedIn[user=" + user + ", expiresAt=" + expiresAt + "]";
    }
}
