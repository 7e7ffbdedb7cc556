package com.attackacrack.crm.adapters.in.metrics;

import io.helidon.http.HeaderNames;
import io.helidon.http.HttpMediaType;
import io.helidon.http.HttpMediaTypes;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code GET /metrics}: the Prometheus text format for a scraper holding the metrics token
 * ({@code Authorization: Bearer <CRM_METRICS_TOKEN>}, compared in constant time), 401 for anyone else; a session
 * cookie counts for nothing here. Registered only when a token is configured, so without one the path is a 404.
 */
public final class MetricsEndpoint implements HttpService {

    /** The path scrapers call. */
    public static final String PATH = "/metrics";

    private static final HttpMediaType PROMETHEUS_TEXT = HttpMediaType.create("text/plain; version=0.0.4; charset=utf-8");
    private static final String BEARER = "Bearer ";

    private final Supplier<String> scrape;
    private final byte[] tokenDigest;

    /** An endpoint answering {@code scrape} to callers presenting {@code token} (not blank). */
    public MetricsEndpoint(Supplier<String> scrape, String token) {
        this.scrape = Objects.requireNonNull(scrape, "scrape");
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("the metrics endpoint needs a token");
        }
        this.tokenDigest = digest(token);
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get(PATH, this::metrics);
    }

    private void metrics(ServerRequest request, ServerResponse response) {
        response.header(HeaderNames.CACHE_CONTROL, "no-store");
        if (!authorized(request.headers().first(HeaderNames.AUTHORIZATION))) {
            response.status(Status.UNAUTHORIZED_401);
            response.header(HeaderNames.WWW_AUTHENTICATE, "Bearer realm=\"metrics\"");
            response.headers().contentType(HttpMediaTypes.PLAINTEXT_UTF_8);
            response.send("a metrics token is required");
            return;
        }
        response.headers().contentType(PROMETHEUS_TEXT);
        response.send(scrape.get().getBytes(StandardCharsets.UTF_8));
    }

    /** Whether the header carries the token; both sides are hashed first, so the comparison takes the same time. */
    private boolean authorized(Optional<String> authorization) {
        String presented = authorization.filter(value -> value.regionMatches(true, 0, BEARER, 0, BEARER.length()))
                .map(value -> value.substring(BEARER.length()).trim())
                .orElse("");
        return MessageDigest.isEqual(tokenDigest, digest(presented)) && !presented.isEmpty();
    }

    private static byte[] digest(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }
}
