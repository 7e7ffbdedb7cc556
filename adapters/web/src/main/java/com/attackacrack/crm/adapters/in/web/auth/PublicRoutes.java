package com.attackacrack.crm.adapters.in.web.auth;

import io.helidon.common.uri.UriPath;
import io.helidon.http.Method;
import io.helidon.http.PathMatcher;
import io.helidon.http.PathMatchers;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The explicit allow-list of routes reachable without signing in; everything else requires a session.
 * {@link Mode#SKIP} routes never look at the session cookie (assets, health, webhooks); {@link Mode#OPTIONAL} routes
 * notice a signed-in user (the login page sends them home, forms use their session's CSRF token).
 */
public final class PublicRoutes {

    /** How a public route treats the session cookie. */
    public enum Mode {
        /** Do not authenticate at all. */
        SKIP,
        /** Authenticate when a session cookie is present, never require it. */
        OPTIONAL
    }

    /** Path prefix of inbound webhooks (signed by their sender, exempt from login and CSRF). */
    public static final String WEBHOOKS_PREFIX = "/webhooks/";
    /** Path of the Prometheus metrics endpoint (bearer token, not a session; not in the route catalogue). */
    public static final String METRICS_PATH = "/metrics";

    private static final Set<Method> READ = Set.of(Method.GET, Method.HEAD);
    private static final Set<Method> FORM = Set.of(Method.GET, Method.HEAD, Method.POST);

    /** The CRM's allow-list. */
    public static final PublicRoutes DEFAULT = new PublicRoutes(List.of(
            new Entry(FORM, "/login", Mode.OPTIONAL),
            new Entry(FORM, "/invite/{token}", Mode.OPTIONAL),
            new Entry(Set.of(), WEBHOOKS_PREFIX + "*", Mode.SKIP),
            new Entry(READ, "/health", Mode.SKIP),
            // the metrics endpoint checks its own bearer token; a session never admits it (absent without a token: 404)
            new Entry(READ, METRICS_PATH, Mode.SKIP),
            new Entry(READ, "/static/*", Mode.SKIP)));

    private final List<Entry> entries;

    private PublicRoutes(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** The mode of the first entry matching the request, or empty when the request needs a session. */
    public Optional<Mode> match(Method method, UriPath path) {
        return entries.stream().filter(it -> it.matches(method, path)).map(Entry::mode).findFirst();
    }

    /** Whether the allow-list has an entry with exactly this path pattern that admits the method. */
    public boolean declares(Method method, String pathPattern) {
        return entries.stream().anyMatch(it -> it.pattern().equals(pathPattern) && it.admits(method));
    }

    /** The path patterns on the list, for documentation and tests. */
    public List<String> patterns() {
        return entries.stream().map(Entry::pattern).toList();
    }

    private record Entry(Set<Method> methods, String pattern, Mode mode, PathMatcher matcher) {

        Entry(Set<Method> methods, String pattern, Mode mode) {
            this(Set.copyOf(methods), pattern, mode, PathMatchers.create(pattern));
        }

        boolean admits(Method method) {
            return methods.isEmpty() || methods.contains(method);
        }

        boolean matches(Method method, UriPath path) {
            return admits(method) && matcher.match(path).accepted();
        }
    }
}
