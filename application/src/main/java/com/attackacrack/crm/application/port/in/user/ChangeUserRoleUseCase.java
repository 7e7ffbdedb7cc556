package com.attackacrack.crm.application.port.in.user;

import com.attackacrack.crm.domain.user.Role;
import com.attackacrack.crm.domain.user.User;
import com.attackacrack.crm.domain.user.UserId;

/** Gives a user another role; an admin cannot demote themselves and the last active admin stays an admin. */
public interface ChangeUserRoleUseCase {

    User changeRole(UserId actor, UserId target, Role role);
}
