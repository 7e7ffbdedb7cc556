package com.attackacrack.crm.adapters.in.web;

import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.HttpService;

/**
 * What the operators' monitoring adds to the server: a filter that sees every request first (HTTP metrics) and an
 * endpoint outside the page catalogue ({@code GET /metrics}, with its own bearer token); either may be null.
 *
 * @param requestFilter runs before every other filter, or null
 * @param endpoint      registered before the controllers and kept out of {@link CrmWebServer#catalog}, or null
 */
public record Monitoring(Filter requestFilter, HttpService endpoint) {

    /** No monitoring. */
    public static final Monitoring NONE = new Monitoring(null, null);
}
