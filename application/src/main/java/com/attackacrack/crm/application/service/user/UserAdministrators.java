package com.attackacrack.crm.application.service.user;

import com.attackacrack.crm.application.port.out.UserRepository;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import com.attackacrack.crm.domain.user.Permission;
import com.attackacrack.crm.domain.user.Role;
import com.attackacrack.crm.domain.user.User;
import com.attackacrack.crm.domain.user.UserId;

/** The checks shared by the user-administration services: who may act, on whom, and the last-admin rule. */
final class UserAdministrators {

    private UserAdministrators() {
    }

    /** The actor, when they are an active user allowed to manage users; FORBIDDEN otherwise. */
    static User requireManager(UserRepository users, UserId actor) {
        return users.findById(actor).filter(user -> user.can(Permission.MANAGE_USERS))
                .orElseThrow(() -> BusinessRuleException.forbidden("You do not have permission to manage users."));
    }

    static User requireUser(UserRepository users, UserId id) {
        return users.findById(id).orElseThrow(() -> BusinessRuleException.notFound("There is no user with id " + id + "."));
    }

    /** Refuses a change that would leave no active admin; call after {@code lockUserAdministration()}. */
    static void keepAnActiveAdmin(UserRepository users, User target, String change) {
        if (target.active() && target.role() == Role.ADMIN && users.countActiveAdmins() <= 1) {
            throw BusinessRuleException.conflict("You cannot " + change + " " + target.name().full()
                    + ": they are the last active admin. Make someone else an admin first.");
        }
    }
}
