package com.attackacrack.crm.application.port.in.user;

import com.attackacrack.crm.domain.user.PersonName;
import com.attackacrack.crm.domain.user.User;
import com.attackacrack.crm.domain.user.UserId;

/** Changes the signed-in user's own name. */
public interface UpdateProfileUseCase {

    User updateName(UserId user, PersonName name);
}
