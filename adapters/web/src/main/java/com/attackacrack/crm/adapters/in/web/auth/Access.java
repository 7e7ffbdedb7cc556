package com.attackacrack.crm.adapters.in.web.auth;

import com.attackacrack.crm.adapters.in.web.error.FriendlyHttpException;
import com.attackacrack.crm.domain.user.Permission;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import java.util.Objects;

/**
 * Who may use a route: anyone (the route must be on the {@link PublicRoutes} allow-list), any signed-in user, or the
 * users holding one {@link Permission}. Declared next to each route through {@link SecuredRoutes}.
 */
public sealed interface Access {

    /** Message of the 403 page for a signed-in user without the route's permission. */
    String NO_PERMISSION = "Your account does not have access to this page. Ask an admin if you need it.";

    /** Open to everybody; only valid for routes on the public allow-list. */
    static Access anyone() {
        return Anyone.INSTANCE;
    }

    /** Any signed-in user. */
    static Access signedIn() {
        return SignedIn.INSTANCE;
    }

    /** Signed-in users whose role grants the permission. */
    static Access permission(Permission permission) {
        return new Requires(permission);
    }

    /**
     * Lets the request through or throws: {@link io.helidon.http.UnauthorizedException} when nobody is signed in,
     * a 403 {@link FriendlyHttpException} when the signed-in user lacks the permission.
     */
    void check(ServerRequest request);

    /** Open to everybody. */
    enum Anyone implements Access {
        /** The one instance. */
        INSTANCE;

        @Override
        public void check(ServerRequest request) {
            // nothing to check
        }
    }

    /** Any signed-in user. */
    enum SignedIn implements Access {
        /** The one instance. */
        INSTANCE;

        @Override
        public void check(ServerRequest request) {
            CurrentUsers.require(request);
        }
    }

    /**
     * Signed-in users whose subject holds the permission as a Helidon role grant.
     *
     * @param permission the permission the route needs
     */
    record Requires(Permission permission) implements Access {

        public Requires {
            Objects.requireNonNull(permission, "permission");
        }

        @Override
        public void check(ServerRequest request) {
            CurrentUsers.require(request);
            if (!CurrentUsers.holds(request, permission.name())) {
                throw new FriendlyHttpException(Status.FORBIDDEN_403, NO_PERMISSION);
            }
        }
    }
}
