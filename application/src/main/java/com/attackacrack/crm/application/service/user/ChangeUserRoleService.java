package com.attackacrack.crm.application.service.user;

import com.attackacrack.crm.application.port.in.user.ChangeUserRoleUseCase;
import com.attackacrack.crm.application.port.out.TransactionRunner;
import com.attackacrack.crm.application.port.out.UserRepository;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import com.attackacrack.crm.domain.user.Role;
import com.attackacrack.crm.domain.user.User;
import com.attackacrack.crm.domain.user.UserId;

/** Gives another user a new role under the user-administration lock, never demoting the last active admin. */
public final class ChangeUserRoleService implements ChangeUserRoleUseCase {

    private final UserRepository users;
    private final TransactionRunner transactions;

    public ChangeUserRoleService(UserRepository users, TransactionRunner transactions) {
        this.users = users;
        this.transactions = transactions;
    }

    @Override
    public User changeRole(UserId actor, UserId target, Role role) {
        return transactions.inTransaction(() -> {
            users.lockUserAdministration();
            UserAdministrators.requireManager(users, actor);
            if (actor.equals(target)) {
                throw BusinessRuleException.forbidden("You cannot change your own role; ask another admin.");
            }
            User user = UserAdministrators.requireUser(users, target);
            if (user.role() == role) {
                return user;
            }
            if (user.role() == Role.ADMIN) {
                UserAdministrators.keepAnActiveAdmin(users, user, "make " + role.label() + " of");
            }
            User changed = user.withRole(role);
            users.update(changed);
            return changed;
        });
    }
}
