package com.attackacrack.crm.application.port.in.user;

/** Ends the session behind a session token on the server, at once. */
public interface SignOutUseCase {

    void signOut(String sessionToken);
}
