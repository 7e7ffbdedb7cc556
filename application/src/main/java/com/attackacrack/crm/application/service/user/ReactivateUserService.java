package com.attackacrack.crm.application.service.user;

import com.attackacrack.crm.application.port.in.user.ReactivateUserUseCase;
import com.attackacrack.crm.application.port.out.TransactionRunner;
import com.attackacrack.crm.application.port.out.UserRepository;
import com.attackacrack.crm.domain.user.User;
import com.attackacrack.crm.domain.user.UserId;

/** Lets a deactivated user sign in again, under the user-administration lock. */
public final class ReactivateUserService implements ReactivateUserUseCase {

    private final UserRepository users;
    private final TransactionRunner transactions;

    public ReactivateUserService(UserRepository users, TransactionRunner transactions) {
        this.users = users;
        this.transactions = transactions;
    }

    @Override
    public User reactivate(UserId actor, UserId target) {
        return transactions.inTransaction(() -> {
            users.lockUserAdministration();
            UserAdministrators.requireManager(users, actor);
            User user = UserAdministrators.requireUser(users, target);
            if (user.active()) {
                return user;
            }
            User reactivated = user.withActive(true);
            users.update(reactivated);
            return reactivated;
        });
    }
}
