package com.attackacrack.crm.application.port.in.user;

/**
 * The invite form: the token from the link, the email (only read for a first-admin setup link, which has none),
 * names and the password twice.
 */
public record AcceptInviteCommand(String token, String email, String firstName, String lastName, String password,
                                  String passwordConfirmation) {

    public AcceptInviteCommand {
        token = token == null ? "" : token.trim();
        password = password == null ? "" : password;
        passwordConfirmation = passwordConfirmation == null ? "" : passwordConfirmation;
    }

    @Override
    public String toString() {
        return "AcceptInviteCommand[email=" + email + "]";
    }
}
