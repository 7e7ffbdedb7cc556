package com.attackacrack.crm.application.service.user;

import com.attackacrack.crm.application.port.in.user.ListUsersUseCase;
import com.attackacrack.crm.application.port.out.InviteRepository;
import com.attackacrack.crm.application.port.out.UserRepository;
import java.time.Clock;

/** Reads every user and every pending invite for the Users and Invites page. */
public final class ListUsersService implements ListUsersUseCase {

    private final UserRepository users;
    private final InviteRepository invites;
    private final Clock clock;

    public ListUsersService(UserRepository users, InviteRepository invites, Clock clock) {
        this.users = users;
        this.invites = invites;
        this.clock = clock;
    }

    @Override
    public UserAdministration list() {
        return new UserAdministration(users.all(), invites.pending(clock.instant()));
    }
}
