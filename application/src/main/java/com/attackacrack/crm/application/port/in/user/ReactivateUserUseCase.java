package com.attackacrack.crm.application.port.in.user;

import com.attackacrack.crm.domain.user.User;
import com.attackacrack.crm.domain.user.UserId;

/** Lets a deactivated user sign in again. */
public interface ReactivateUserUseCase {

    User reactivate(UserId actor, UserId target);
}
