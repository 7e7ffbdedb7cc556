package com.attackacrack.crm.application.service.user;

import com.attackacrack.crm.application.port.in.user.SignOutUseCase;
import com.attackacrack.crm.application.port.out.SessionRepository;
import java.time.Clock;

/** Revokes the session behind a token on the server; an unknown or missing token is already signed out. */
public final class SignOutService implements SignOutUseCase {

    private final SessionRepository sessions;
    private final Clock clock;

    public SignOutService(SessionRepository sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    public void signOut(String sessionToken) {
        if (sessionToken != null && !sessionToken.isBlank()) {
            sessions.revoke(Tokens.hash(sessionToken), clock.instant());
        }
    }
}
