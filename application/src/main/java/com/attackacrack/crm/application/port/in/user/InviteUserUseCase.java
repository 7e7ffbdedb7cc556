package com.attackacrack.crm.application.port.in.user;

/** Invites a person by email with a role: makes a one-time link, mails it, and returns it so it can be shown too. */
public interface InviteUserUseCase {

    InviteResult invite(InviteUserCommand command);
}
