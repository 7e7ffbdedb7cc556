package com.attackacrack.crm.adapters.in.web.auth;

import io.helidon.http.UnauthorizedException;
import io.helidon.security.SecurityContext;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import java.util.Objects;
import java.util.Optional;

/**
 * Login required by default: runs Helidon Security authentication (the {@link SessionAuthenticationProvider}) for every
 * request and refuses anonymous requests to anything not on the {@link PublicRoutes} allow-list, unknown paths
 * included. The refusal is an {@link UnauthorizedException}, answered by {@link SignInRequiredHandler}.
 */
public final class AuthenticationFilter implements Filter {

    private final PublicRoutes publicRoutes;

    /** A filter letting anonymous requests reach only the given allow-list. */
    public AuthenticationFilter(PublicRoutes publicRoutes) {
        this.publicRoutes = Objects.requireNonNull(publicRoutes, "publicRoutes");
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest request, RoutingResponse response) {
        SecurityContext context = request.context().get(SecurityContext.class)
                .orElseThrow(() -> new IllegalStateException("Helidon Security is not registered on this routing"));
        Optional<PublicRoutes.Mode> open = publicRoutes.match(request.prologue().method(), request.prologue().uriPath());
        if (open.isEmpty() || open.get() == PublicRoutes.Mode.OPTIONAL) {
            context.atnClientBuilder().submit();
        }
        if (open.isEmpty() && !context.isAuthenticated()) {
            throw new UnauthorizedException("Sign-in required");
        }
        chain.proceed();
    }
}
