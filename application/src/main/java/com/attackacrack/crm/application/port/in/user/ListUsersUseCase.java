package com.attackacrack.crm.application.port.in.user;

import com.attackacrack.crm.domain.user.Invite;
import com.attackacrack.crm.domain.user.User;
import java.util.List;

/** What the Users and Invites page shows: every user and every pending invite. */
public interface ListUsersUseCase {

    UserAdministration list();

    /** Users (active first, then by name) and pending invites (newest first). */
    record UserAdministration(List<User> users, List<Invite> pendingInvites) {
        public UserAdministration {
            users = List.copyOf(users);
            pendingInvites = List.copyOf(pendingInvites);
        }
    }
}
