package com.attackacrack.crm.application.service.user;

import com.attackacrack.crm.application.port.in.user.UpdateProfileUseCase;
import com.attackacrack.crm.application.port.out.UserRepository;
import com.attackacrack.crm.domain.user.PersonName;
import com.attackacrack.crm.domain.user.User;
import com.attackacrack.crm.domain.user.UserId;
import java.util.Objects;

/** Saves a user's own new name. */
public final class UpdateProfileService implements UpdateProfileUseCase {

    private final UserRepository users;

    public UpdateProfileService(UserRepository users) {
        this.users = users;
    }

    @Override
    public User updateName(UserId user, PersonName name) {
        Objects.requireNonNull(name, "name");
        User renamed = UserAdministrators.requireUser(users, user).withName(name);
        users.update(renamed);
        return renamed;
    }
}
