package com.attackacrack.crm.application.service.user;

import com.attackacrack.crm.application.port.in.user.SignedIn;
import com.attackacrack.crm.application.port.out.SessionRepository;
import com.attackacrack.crm.application.port.out.TokenGenerator;
import com.attackacrack.crm.domain.user.Session;
import com.attackacrack.crm.domain.user.User;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** Opens a brand-new session (fresh token and CSRF token, only the token's hash stored) for a user who just proved who they are. */
final class SessionOpener {

    static final Duration DEFAULT_LIFETIME = Duration.ofDays(14);

    private final SessionRepository sessions;
    private final TokenGenerator tokens;
    private final Duration lifetime;

    SessionOpener(SessionRepository sessions, TokenGenerator tokens, Duration lifetime) {
        Objects.requireNonNull(lifetime, "lifetime");
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("session lifetime must be positive, was " + lifetime);
        }
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.lifetime = lifetime;
    }

    SignedIn open(User user, Instant now) {
        String sessionToken = tokens.newToken();
        String csrfToken = tokens.newToken();
        Instant expiresAt = now.plus(lifetime);
        sessions.create(new Session(Tokens.hash(sessionToken), user.id(), csrfToken, now, expiresAt, null));
        return new SignedIn(user, sessionToken, csrfToken, expiresAt);
    }
}
