package com.attackacrack.crm.adapters.in.web.auth;

import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Objects;

/**
 * A route handler behind its {@link Access} check; tests read {@link #access()} to walk every route's requirement.
 *
 * @param access  who may use the route
 * @param handler what the route does once access is granted
 */
public record GuardedHandler(Access access, Handler handler) implements Handler {

    public GuardedHandler {
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(handler, "handler");
    }

    @Override
    public void handle(ServerRequest request, ServerResponse response) throws Exception {
        access.check(request);
        handler.handle(request, response);
    }
}
