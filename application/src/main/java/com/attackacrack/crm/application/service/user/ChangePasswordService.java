package com.attackacrack.crm.application.service.user;

import com.attackacrack.crm.application.port.in.user.ChangePasswordCommand;
import com.attackacrack.crm.application.port.in.user.ChangePasswordUseCase;
import com.attackacrack.crm.application.port.out.CommonPasswords;
import com.attackacrack.crm.application.port.out.PasswordHasher;
import com.attackacrack.crm.application.port.out.SessionRepository;
import com.attackacrack.crm.application.port.out.TransactionRunner;
import com.attackacrack.crm.application.port.out.UserRepository;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import com.attackacrack.crm.domain.user.PasswordPolicy;
import com.attackacrack.crm.domain.user.User;
import java.time.Clock;
import java.time.Instant;

/** Replaces a user's password after checking the current one and signs out every other session of theirs. */
public final class ChangePasswordService implements ChangePasswordUseCase {

    private final UserRepository users;
    private final SessionRepository sessions;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final TransactionRunner transactions;
    private final Clock clock;

    public ChangePasswordService(UserRepository users, SessionRepository sessions, PasswordHasher hasher,
                                 CommonPasswords commonPasswords, TransactionRunner transactions, Clock clock) {
        this.users = users;
        this.sessions = sessions;
        this.hasher = hasher;
        this.policy = new PasswordPolicy(commonPasswords::contains);
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void changePassword(ChangePasswordCommand command) {
        User user = UserAdministrators.requireUser(users, command.user());
        if (!hasher.matches(command.currentPassword(), user.passwordHash())) {
            throw BusinessRuleException.invalid("Your current password is incorrect");
        }
        if (!command.newPassword().equals(command.confirmation())) {
            throw BusinessRuleException.invalid("The two passwords do not match");
        }
        policy.require(command.newPassword(), user.email());
        String newHash = hasher.hash(command.newPassword());
        transactions.inTransaction(() -> {
            Instant now = clock.instant();
            User current = UserAdministrators.requireUser(users, command.user());
            users.update(current.withPasswordHash(newHash));
            sessions.revokeOthersForUser(current.id(), Tokens.hash(command.sessionToken()), now);
        });
    }
}
