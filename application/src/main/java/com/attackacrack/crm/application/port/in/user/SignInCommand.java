package com.attackacrack.crm.application.port.in.user;

/** The login form plus the client's address (for per-address throttling). */
public record SignInCommand(String email, String password, String clientAddress) {

    public SignInCommand {
        email = email == null ? "" : email.trim();
        password = password == null ? "" : password;
        clientAddress = clientAddress == null || clientAddress.isBlank() ? "unknown" : clientAddress;
    }

    @Override
    public String toString() {
        return "SignInCommand[email=" + email + ", clientAddress=" + clientAddress + "]";
    }
}
