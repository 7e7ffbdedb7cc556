package com.attackacrack.crm.adapters.in.web;

import io.helidon.http.Header;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import java.util.ArrayList;
import java.util.List;

/** Adds the browser hardening headers (CSP, framing, sniffing, referrer, HSTS in production) to every response. */
public final class SecurityHeadersFilter implements Filter {

    /**
     * No inline scripts or styles anywhere: every script and stylesheet is a file served by the app itself. Pictures
     * and call recordings may load over HTTPS from elsewhere (OpenPhone keeps message media and recordings).
     */
    public static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data: https:",
            "media-src 'self' https:",
            "frame-ancestors 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "object-src 'none'");

    /** Browser features the CRM never uses. */
    public static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    /** One year, subdomains included; sent only in production where TLS is guaranteed. */
    public static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains";

    private final List<Header> headers;

    /** A filter for production ({@code hsts = true}) or development and tests. */
    public SecurityHeadersFilter(boolean hsts) {
        this.headers = List.copyOf(headers(hsts));
    }

    /** The headers this filter sets, for responses written outside routing (e.g. direct error answers). */
    public static List<Header> headers(boolean hsts) {
        List<Header> all = new ArrayList<>(List.of(
                HeaderValues.create("Content-Security-Policy", CONTENT_SECURITY_POLICY),
                HeaderValues.create("X-Content-Type-Options", "nosniff"),
                HeaderValues.create("X-Frame-Options", "DENY"),
                HeaderValues.create("Referrer-Policy", "strict-origin-when-cross-origin"),
                HeaderValues.create("Permissions-Policy", PERMISSIONS_POLICY)));
        if (hsts) {
            all.add(HeaderValues.create(HeaderNames.STRICT_TRANSPORT_SECURITY, STRICT_TRANSPORT_SECURITY));
        }
        return all;
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest request, RoutingResponse response) {
        headers.forEach(response::header);
        chain.proceed();
    }
}
