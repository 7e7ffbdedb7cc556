package com.attackacrack.crm.application.port.in.user;

import com.attackacrack.crm.domain.user.User;
import com.attackacrack.crm.domain.user.UserId;
import java.util.Optional;

/**
 * Deactivates a user and revokes their sessions at once; nobody deactivates themselves and the last active admin
 * stays. The actor is empty for an operator at the CLI.
 */
public interface DeactivateUserUseCase {

    User deactivate(Optional<UserId> actor, UserId target);
}
