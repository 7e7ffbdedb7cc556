package com.attackacrack.crm.adapters.in.web.auth;

import io.helidon.common.uri.UriPath;
import io.helidon.http.Method;
import io.helidon.http.PathMatcher;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.HttpRoute;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every route the server registers, with who may use it, recorded by running the same registrations against an
 * {@link HttpRules} that only writes them down (nothing is served). {@code crm routes} prints it; the UI crawler
 * checks every form's method and action against it; the web adapter's route tests check each route's declared access.
 */
public final class RouteCatalog {

    private static final List<Method> METHODS = List.of(Method.GET, Method.POST, Method.PUT, Method.PATCH, Method.DELETE);
    private static final Pattern PARAMETER = Pattern.compile("\\{[^}]*}|\\*");

    private final List<Route> routes;

    private RouteCatalog(List<Route> routes) {
        this.routes = List.copyOf(routes);
    }

    /**
     * Runs the registrations against a recorder and returns what they registered, in order, each method and path
     * once (the first registration's access wins, as it does when serving).
     */
    public static RouteCatalog record(Consumer<HttpRules> registrations) {
        Recorder recorder = new Recorder("");
        registrations.accept(recorder);
        Map<String, Route> unique = new LinkedHashMap<>();
        recorder.routes.forEach(route -> unique.putIfAbsent(route.method() + " " + route.path(), route));
        return new RouteCatalog(new ArrayList<>(unique.values()));
    }

    /** The routes the services register, each at its own paths, as {@link #record} records them. */
    public static RouteCatalog of(List<? extends HttpService> services) {
        List<HttpService> copy = List.copyOf(services);
        return record(rules -> rules.register(copy.toArray(HttpService[]::new)));
    }

    /** The routes in registration order. */
    public List<Route> routes() {
        return routes;
    }

    /** The first route whose method and path pattern match a concrete request path (no query string). */
    public Optional<Route> find(String method, String path) {
        return routes.stream().filter(route -> route.matches(method, path)).findFirst();
    }

    /** One line per route, columns aligned: {@code GET   /contacts/{id}  permission USE_CRM}. */
    public List<String> lines() {
        int width = routes.stream().mapToInt(route -> route.path().length()).max().orElse(0);
        return routes.stream().map(route -> String.format("%-6s %-" + width + "s  %s", route.method(), route.path(),
                route.access())).map(String::stripTrailing).toList();
    }

    /**
     * One recorded route.
     *
     * @param method   HTTP method ({@code GET}, {@code POST}, ...)
     * @param path     Helidon path pattern: {@code {name}} is one path segment, {@code *} the rest of the path
     * @param access   who may use it, in words: {@code anyone}, {@code signed in}, {@code permission USE_CRM}, ...
     * @param declared the access the route declared through {@link SecuredRoutes}; null for a route registered
     *                 without one (webhooks, static content), whose {@code access} comes from the public allow-list
     */
    public record Route(String method, String path, String access, Access declared) {

        public Route {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(access, "access");
        }

        /** Whether a request with this method and concrete path (no query string) lands on this route. */
        public boolean matches(String requestMethod, String requestPath) {
            return method.equalsIgnoreCase(requestMethod) && regex(path).matcher(requestPath).matches();
        }

        private static Pattern regex(String pattern) {
            StringBuilder regex = new StringBuilder();
            Matcher parameter = PARAMETER.matcher(pattern);
            int last = 0;
            while (parameter.find()) {
                regex.append(Pattern.quote(pattern.substring(last, parameter.start())));
                regex.append(parameter.group().equals("*") ? ".*" : "[^/]+");
                last = parameter.end();
            }
            regex.append(Pattern.quote(pattern.substring(last)));
            return Pattern.compile(regex.toString());
        }
    }

    /** Who may use a route, in words. */
    static String describe(Method method, String path, Handler handler) {
        if (handler instanceof GuardedHandler guarded) {
            return switch (guarded.access()) {
                case Access.Anyone anyone -> "anyone";
                case Access.SignedIn signedIn -> "signed in";
                case Access.Requires requires -> "permission " + requires.permission().name();
            };
        }
        if (path.startsWith(PublicRoutes.WEBHOOKS_PREFIX)) {
            return "anyone (signed by the sender)";
        }
        String sample = PARAMETER.matcher(path).replaceAll("x");
        return PublicRoutes.DEFAULT.match(method, UriPath.create(sample)).isPresent() ? "anyone" : "signed in";
    }

    /** Writes routes down instead of serving them; every {@code get}, {@code post}, ... lands in one method. */
    private static final class Recorder implements HttpRules {

        private final String prefix;
        private final List<Route> routes = new ArrayList<>();

        Recorder(String prefix) {
            this.prefix = prefix;
        }

        @Override
        public HttpRules route(Method method, String pathPattern, Handler handler) {
            String path = prefix + pathPattern;
            Access declared = handler instanceof GuardedHandler guarded ? guarded.access() : null;
            routes.add(new Route(method.text(), path, describe(method, path, handler), declared));
            return this;
        }

        @Override
        public HttpRules route(Predicate<Method> methods, PathMatcher pathMatcher, Handler handler) {
            // static content: the whole prefix, for the methods the predicate admits
            METHODS.stream().filter(methods).forEach(method -> route(method, "/*", handler));
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
            Recorder nested = new Recorder(prefix + pathPattern);
            for (HttpService service : services) {
                service.routing(nested);
            }
            routes.addAll(nested.routes);
            return this;
        }

        @Override
        public HttpRules route(HttpRoute route) {
            throw new UnsupportedOperationException("Route registered in a way the catalogue cannot read: " + route);
        }
    }
}
