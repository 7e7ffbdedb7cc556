package com.attackacrack.crm.application.port.in.user;

import java.util.Optional;

/** Finds who a session token belongs to: empty when unknown, expired, revoked, or the user was deactivated. */
public interface AuthenticateSessionUseCase {

    Optional<CurrentUser> authenticate(String sessionToken);
}
