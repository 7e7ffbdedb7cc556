package com.attackacrack.crm.application.port.in.user;

/** Changes the signed-in user's password (current password required) and signs out their other sessions. */
public interface ChangePasswordUseCase {

    void changePassword(ChangePasswordCommand command);
}
