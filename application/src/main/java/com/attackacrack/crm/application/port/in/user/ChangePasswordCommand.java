package com.attackacrack.crm.application.port.in.user;

import com.attackacrack.crm.domain.user.UserId;
import java.util.Objects;

/** The password form, plus the session token of the session that stays signed in. */
public record ChangePasswordCommand(UserId user, String sessionToken, String currentPassword, String newPassword,
                                    String confirmation) {

    public ChangePasswordCommand {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(sessionToken, "sessionToken");
        currentPassword = currentPassword == null ? "" : currentPassword;
        newPassword = newPassword == null ? "" : newPassword;
        confirmation = confirmation == null ? "" : confirmation;
    }

    @Override
    public String toString() {
        return "ChangePasswordCommand[user=" + user + "]";
    }
}
