package com.attackacrack.crm.adapters.in.web.auth;

import com.attackacrack.crm.application.port.in.user.CurrentUser;
import io.helidon.http.UnauthorizedException;
import io.helidon.security.SecurityContext;
import io.helidon.webserver.http.ServerRequest;
import java.util.Optional;

/** Reads the signed-in user of a request from its Helidon {@link SecurityContext}. */
public final class CurrentUsers {

    private CurrentUsers() {
    }

    /** The signed-in user, or empty for an anonymous request. */
    public static Optional<CurrentUser> find(ServerRequest request) {
        return request.context().get(SecurityContext.class)
                .filter(SecurityContext::isAuthenticated)
                .flatMap(SecurityContext::userPrincipal)
                .filter(SessionPrincipal.class::isInstance)
                .map(principal -> ((SessionPrincipal) principal).currentUser());
    }

    /** The signed-in user; an anonymous request gets the sign-in answer (redirect to the login page, or 401). */
    public static CurrentUser require(ServerRequest request) {
        return find(request).orElseThrow(() -> new UnauthorizedException("Sign-in required"));
    }

    /** Whether the request's subject holds the role grant named after the permission. */
    static boolean holds(ServerRequest request, String permission) {
        return request.context().get(SecurityContext.class).map(context -> context.isUserInRole(permission)).orElse(false);
    }
}
