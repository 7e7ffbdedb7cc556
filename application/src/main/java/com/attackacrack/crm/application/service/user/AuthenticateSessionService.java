package com.attackacrack.crm.application.service.user;

import com.attackacrack.crm.application.port.in.user.AuthenticateSessionUseCase;
import com.attackacrack.crm.application.port.in.user.CurrentUser;
import com.attackacrack.crm.application.port.out.SessionRepository;
import com.attackacrack.crm.application.port.out.UserRepository;
import com.attackacrack.crm.domain.user.Session;
import com.attackacrack.crm.domain.user.User;
import java.time.Clock;
import java.util.Optional;

/** Resolves a session token to its active user and CSRF token; anything unknown, ended or deactivated is nobody. */
public final class AuthenticateSessionService implements AuthenticateSessionUseCase {

    private final UserRepository users;
    private final SessionRepository sessions;
    private final Clock clock;

    public AuthenticateSessionService(UserRepository users, SessionRepository sessions, Clock clock) {
        this.users = users;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    public Optional<CurrentUser> authenticate(String sessionToken) {
        if (sessionToken == null || sessionToken.isBlank()) {
            return Optional.empty();
        }
        Optional<Session> session = sessions.findByIdHash(Tokens.hash(sessionToken))
                .filter(found -> found.activeAt(clock.instant()));
        if (session.isEmpty()) {
            return Optional.empty();
        }
        return users.findById(session.get().userId())
                .filter(User::active)
                .map(user -> new CurrentUser(user, session.get().csrfToken()));
    }
}
