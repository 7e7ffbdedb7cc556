package com.attackacrack.crm.adapters.in.web.auth;

import com.attackacrack.crm.application.port.in.user.CurrentUser;
import com.attackacrack.crm.domain.user.Permission;

/**
 * The signed-in user as the page layout shows them: name, what the navigation offers, and the session's CSRF token for
 * the sign-out form, the {@code csrf-token} meta tag and htmx's {@code X-CSRF-Token} header.
 *
 * @param name           full name shown in the navigation
 * @param email          email address
 * @param canUseCrm      whether the Contacts and Properties links are shown
 * @param canManageUsers whether the Settings link is shown
 * @param csrfToken      the session's CSRF token
 */
public record ViewerView(String name, String email, boolean canUseCrm, boolean canManageUsers, String csrfToken) {

    /** The layout's view of a signed-in user. */
    public static ViewerView from(CurrentUser currentUser) {
        return new ViewerView(currentUser.user().name().full(), currentUser.user().email().value(),
                currentUser.can(Permission.USE_CRM), currentUser.can(Permission.MANAGE_USERS), currentUser.csrfToken());
    }
}
