package com.attackacrack.crm.adapters.in.web.support;

import com.attackacrack.crm.adapters.in.web.auth.Access;
import com.attackacrack.crm.adapters.in.web.auth.GuardedHandler;
import io.helidon.http.Method;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.HttpRoute;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import java.util.ArrayList;
import java.util.List;

/**
 * An {@link HttpRules} that records the routes services register instead of serving them: method, path pattern and
 * (for routes declared through {@code SecuredRoutes}) their {@link Access}. Every {@code get}, {@code post}, ... lands
 * in {@link #route(Method, String, Handler)}; anything else is refused so no route escapes the record.
 */
public final class RecordingRules implements HttpRules {

    /** A recorded route; {@code access} is null for a route registered without an access declaration. */
    public record Route(Method method, String path, Access access) {
    }

    private final List<Route> routes = new ArrayList<>();
    private final String prefix;

    public RecordingRules() {
        this("");
    }

    private RecordingRules(String prefix) {
        this.prefix = prefix;
    }

    /** The routes the given services register. */
    public static List<Route> of(List<? extends HttpService> services) {
        RecordingRules rules = new RecordingRules();
        services.forEach(it -> it.routing(rules));
        return List.copyOf(rules.routes);
    }

    @Override
    public HttpRules route(Method method, String pathPattern, Handler handler) {
        routes.add(new Route(method, prefix + pathPattern, handler instanceof GuardedHandler guarded ? guarded.access() : null));
        return this;
    }

    @Override
    public HttpRules register(HttpService... services) {
        for (HttpService service : services) {
            service.routing(this);
        }
        return this;
    }

    @Override
    public HttpRules register(String pathPattern, HttpService... services) {
        RecordingRules nested = new RecordingRules(prefix + pathPattern);
        for (HttpService service : services) {
            service.routing(nested);
        }
        routes.addAll(nested.routes);
        return this;
    }

    @Override
    public HttpRules route(HttpRoute route) {
        throw new UnsupportedOperationException("Route registered in a way the recorder cannot read: " + route);
    }
}
