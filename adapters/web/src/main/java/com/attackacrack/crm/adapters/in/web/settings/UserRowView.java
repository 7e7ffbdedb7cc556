package com.attackacrack.crm.adapters.in.web.settings;

import com.attackacrack.crm.domain.user.User;
import com.attackacrack.crm.domain.user.UserId;

/**
 * One row of the users table.
 *
 * @param id            user id (for the action URLs)
 * @param name          full name
 * @param email         email address
 * @param roleCode      role code, selected in the role form
 * @param roleLabel     role as people read it
 * @param active        whether the user may sign in
 * @param lastSignIn    last sign-in for people, or "Never"
 * @param lastSignInIso last sign-in as ISO-8601, or empty
 * @param self          whether this row is the admin looking at the page (role and deactivation are then disabled)
 */
public record UserRowView(long id, String name, String email, String roleCode, String roleLabel, boolean active,
                          String lastSignIn, String lastSignInIso, boolean self) {

    /** The row for a user, as seen by {@code viewer}. */
    public static UserRowView from(User user, UserId viewer, Times times) {
        return new UserRowView(user.id().value(), user.name().full(), user.email().value(), user.role().code(),
                user.role().label(), user.active(), user.lastLogin().map(times::human).orElse("Never"),
                user.lastLogin().map(Object::toString).orElse(""), user.id().equals(viewer));
    }
}
