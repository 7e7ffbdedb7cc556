package com.attackacrack.crm.application.port.in.user;

import com.attackacrack.crm.domain.user.Permission;
import com.attackacrack.crm.domain.user.User;
import java.util.Objects;

/** The signed-in user of a request, with the CSRF token of their session. */
public record CurrentUser(User user, String csrfToken) {

    public CurrentUser {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(csrfToken, "csrfToken");
    }

    public boolean can(Permission permission) {
        return user.can(permission);
    }

    @Override
    public String toString() {
        return "CurrentUser[" + user + "]";
    }
}
