package com.attackacrack.crm.adapters.in.metrics;

import io.helidon.http.Method;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * Times every HTTP request as {@code http_server_requests_seconds} with bounded labels only: the method (the usual
 * five, else OTHER), the route pattern it matched ({@link RouteNames}: {@code /contacts/{id}}, never the raw id;
 * {@code unmatched} otherwise) and the status class ({@code 2xx} ... {@code 5xx}). Recorded when the response is sent,
 * so refusals by later filters and error pages count with the status they were answered with.
 */
public final class HttpMetricsFilter implements Filter {

    /** The timer's name. */
    public static final String NAME = "http.server.requests";

    private static final Set<Method> METHODS = Set.of(Method.GET, Method.HEAD, Method.POST, Method.PUT, Method.DELETE);
    private static final Duration[] BUCKETS = {Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
        Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
        Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5)};

    private final MeterRegistry registry;
    private final RouteNames routes;

    /** A filter recording into {@code registry}, naming routes with {@code routes}. */
    public HttpMetricsFilter(MeterRegistry registry, RouteNames routes) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.routes = Objects.requireNonNull(routes, "routes");
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest request, RoutingResponse response) {
        long started = System.nanoTime();
        Method method = request.prologue().method();
        String route = routes.name(method, request.prologue().uriPath());
        response.whenSent(() -> record(method, route, response.status().code(), started));
        chain.proceed();
    }

    private void record(Method method, String route, int status, long startedNanos) {
        Timer.builder(NAME)
                .description("HTTP requests by method, route pattern and status class")
                .tags("method", METHODS.contains(method) ? method.text() : "OTHER", "route", route,
                        "status", statusClass(status))
                .serviceLevelObjectives(BUCKETS)
                .register(registry)
                .record(Duration.ofNanos(System.nanoTime() - startedNanos));
    }

    /** {@code 2xx} for 200 to 299, and so on; anything outside 100-599 is {@code other}. */
    static String statusClass(int status) {
        return status >= 100 && status < 600 ? status / 100 + "xx" : "other";
    }
}
