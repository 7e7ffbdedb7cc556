package com.attackacrack.crm.application.port.in.user;

import java.util.Optional;

/**
 * Makes the one-time first-admin setup link while no user exists (earlier unused setup links are revoked);
 * empty once anybody has an account.
 */
public interface CreateSetupLinkUseCase {

    Optional<InviteResult> createSetupLink();
}
