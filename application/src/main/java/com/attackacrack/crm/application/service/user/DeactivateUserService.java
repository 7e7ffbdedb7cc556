package com.attackacrack.crm.application.service.user;

import com.attackacrack.crm.application.port.in.user.DeactivateUserUseCase;
import com.attackacrack.crm.application.port.out.SessionRepository;
import com.attackacrack.crm.application.port.out.TransactionRunner;
import com.attackacrack.crm.application.port.out.UserRepository;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import com.attackacrack.crm.domain.user.User;
import com.attackacrack.crm.domain.user.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Deactivates a user and revokes all their sessions in one transaction, keeping at least one active admin. */
public final class DeactivateUserService implements DeactivateUserUseCase {

    private final UserRepository users;
    private final SessionRepository sessions;
    private final TransactionRunner transactions;
    private final Clock clock;

    public DeactivateUserService(UserRepository users, SessionRepository sessions, TransactionRunner transactions,
                                 Clock clock) {
        this.users = users;
        this.sessions = sessions;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public User deactivate(Optional<UserId> actor, UserId target) {
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            users.lockUserAdministration();
            actor.ifPresent(id -> UserAdministrators.requireManager(users, id));
            if (actor.filter(target::equals).isPresent()) {
                throw BusinessRuleException.forbidden("You cannot deactivate your own account; ask another admin.");
            }
            User user = UserAdministrators.requireUser(users, target);
            UserAdministrators.keepAnActiveAdmin(users, user, "deactivate");
            User deactivated = user.withActive(false);
            users.update(deactivated);
            sessions.revokeAllForUser(target, now);
            return deactivated;
        });
    }
}
