package com.attackacrack.crm.adapters.in.web.auth;

import com.attackacrack.crm.application.port.in.user.CurrentUser;
import com.attackacrack.crm.domain.user.Permission;

/**
 * The signed-in user as the page layout shows them: name, what the navigation offers, and the session's CSRF token for
 * the sign-out form, the {@code csrf-token} meta tag and htmx's {@code X-CSRF-Token} header.
 *
 * @param name                  full name shown in the navigation
 * @param email                 email address
 * @param canUseCrm             whether the Contacts and Properties links are shown
 * @param canManageUsers        whether Settings → Users &amp; Invites is shown
 * @param canManageImports      whether Settings → Data imports and Conflicts are shown
 * @param canManageIntegrations whether Settings → Integrations is shown
 * @param canViewSystem         whether Settings → System is shown
 * @param csrfToken             the session's CSRF token
 */
public record ViewerView(String name, String email, boolean canUseCrm, boolean canManageUsers, boolean canManageImports,
                         boolean canManageIntegrations, boolean canViewSystem, String csrfToken) {

    /** The layout's view of a signed-in user. */
    public static ViewerView from(CurrentUser currentUser) {
        return new ViewerView(currentUser.user().name().full(), currentUser.user().email().value(),
                currentUser.can(Permission.USE_CRM), currentUser.can(Permission.MANAGE_USERS),
                currentUser.can(Permission.MANAGE_IMPORTS), currentUser.can(Permission.MANAGE_INTEGRATIONS),
                currentUser.can(Permission.VIEW_SYSTEM), currentUser.csrfToken());
    }

    /** Whether the Settings link is shown: the viewer may open at least one of its sections. */
    public boolean canSeeSettings() {
        return settingsHref() != null;
    }

    /** The first Settings section the viewer may open, in navigation order; null when they may open none. */
    public String settingsHref() {
        if (canManageUsers) {
            return "/settings/users";
        }
        if (canManageImports) {
            return "/settings/imports";
        }
        if (canManageIntegrations) {
            return "/settings/integrations";
        }
        return canViewSystem ? "/settings/system" : null;
    }
}
