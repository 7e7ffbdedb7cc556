package com.attackacrack.crm.application.port.in.user;

/** Creates the account an invite was for (its email and role) with the chosen name and password, and signs in. */
public interface AcceptInviteUseCase {

    SignedIn accept(AcceptInviteCommand command);
}
