package com.attackacrack.crm.adapters.in.web.auth;

import io.helidon.http.Method;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.HttpRules;
import java.util.Objects;

/**
 * How controllers declare routes: each route names its {@link Access} in the same line as its path, so a route's
 * permission lives in exactly one place. Routes open to anyone must also be on the {@link PublicRoutes} allow-list.
 */
public final class SecuredRoutes {

    private final HttpRules rules;
    private final PublicRoutes publicRoutes;

    private SecuredRoutes(HttpRules rules, PublicRoutes publicRoutes) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.publicRoutes = Objects.requireNonNull(publicRoutes, "publicRoutes");
    }

    /** Declares routes on the given rules, checking open routes against the default allow-list. */
    public static SecuredRoutes on(HttpRules rules) {
        return new SecuredRoutes(rules, PublicRoutes.DEFAULT);
    }

    /** A GET route. */
    public SecuredRoutes get(String path, Access access, Handler handler) {
        return add(Method.GET, path, access, handler);
    }

    /** A POST route. */
    public SecuredRoutes post(String path, Access access, Handler handler) {
        return add(Method.POST, path, access, handler);
    }

    private SecuredRoutes add(Method method, String path, Access access, Handler handler) {
        if (access instanceof Access.Anyone && !publicRoutes.declares(method, path)) {
            throw new IllegalStateException(method.text() + " " + path + " is open to anyone but not on the public allow-list");
        }
        rules.route(method, path, new GuardedHandler(access, handler));
        return this;
    }
}
