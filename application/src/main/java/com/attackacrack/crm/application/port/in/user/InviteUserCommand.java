package com.attackacrack.crm.application.port.in.user;

import com.attackacrack.crm.domain.shared.EmailAddress;
import com.attackacrack.crm.domain.user.Role;
import com.attackacrack.crm.domain.user.UserId;
import java.util.Objects;
import java.util.Optional;

/** Invite {@code email} as {@code role}; the actor is the inviting admin, or empty for an operator at the CLI. */
public record InviteUserCommand(Optional<UserId> actor, EmailAddress email, Role role) {

    public InviteUserCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(role, "role");
    }

    /** Parses the raw form or command-line values; bad ones raise a message naming the field. */
    public static InviteUserCommand of(Optional<UserId> actor, String email, String role) {
        return new InviteUserCommand(actor, EmailAddress.parse(email), Role.fromCode(role));
    }
}
