package com.attackacrack.crm.adapters.in.metrics;

import io.helidon.common.uri.UriPath;
import io.helidon.http.Method;
import io.helidon.http.PathMatcher;
import io.helidon.http.PathMatchers;
import java.util.List;
import java.util.Objects;

/**
 * Names a request by the route pattern it lands on ({@code /contacts/{id}}), from the server's own route list, so a
 * metric label never holds a raw id or a made-up path: anything else is {@value #UNMATCHED}.
 */
public final class RouteNames {

    /** The name of a request matching no route. */
    public static final String UNMATCHED = "unmatched";

    private final List<Template> templates;

    private RouteNames(List<Template> templates) {
        this.templates = List.copyOf(templates);
    }

    /** Route names from {@code routes}, tried in order. */
    public static RouteNames of(List<Route> routes) {
        return new RouteNames(routes.stream()
                .map(route -> new Template(route, PathMatchers.create(route.pattern())))
                .toList());
    }

    /** The pattern of the first route matching the method and path, else {@value #UNMATCHED}. */
    public String name(Method method, UriPath path) {
        for (Template template : templates) {
            if (template.route().method().equalsIgnoreCase(method.text()) && template.matcher().match(path).accepted()) {
                return template.route().pattern();
            }
        }
        return UNMATCHED;
    }

    /**
     * One route.
     *
     * @param method  its HTTP method
     * @param pattern its Helidon path pattern ({@code {name}} one segment, {@code *} the rest)
     */
    public record Route(String method, String pattern) {

        public Route {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(pattern, "pattern");
        }
    }

    private record Template(Route route, PathMatcher matcher) {
    }
}
