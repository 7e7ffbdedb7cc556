package com.attackacrack.crm.adapters.in.web.auth;

import io.helidon.http.HeaderNames;
import io.helidon.http.ServerRequestHeaders;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a state-changing request came from the app's own pages: its {@code Origin} header (or, without one, its
 * {@code Referer}) must name the app's origin. That origin is the configured public base URL when there is one,
 * otherwise the request's {@code Host}. A request with neither header is refused.
 */
public final class OriginCheck {

    private static final int HTTP_PORT = 80;
    private static final int HTTPS_PORT = 443;

    private final URI publicBaseUrl;

    /** A check against the public base URL, or against the Host header when it is empty. */
    public OriginCheck(Optional<URI> publicBaseUrl) {
        this.publicBaseUrl = publicBaseUrl.orElse(null);
    }

    /** Whether the request's Origin is the opaque {@code null} a page with {@code Referrer-Policy: no-referrer} sends. */
    public static boolean opaqueOrigin(ServerRequestHeaders headers) {
        return headers.first(HeaderNames.ORIGIN).map(it -> "null".equals(it.trim())).orElse(false)
                && !headers.contains(HeaderNames.REFERER);
    }

    /** True when the Origin (else Referer) names this app; {@code authority} is the request's Host value. */
    public boolean allows(ServerRequestHeaders headers, String authority) {
        Optional<URI> source = headers.first(HeaderNames.ORIGIN).or(() -> headers.first(HeaderNames.REFERER))
                .flatMap(OriginCheck::parse);
        if (source.isEmpty()) {
            return false;
        }
        return publicBaseUrl != null ? sameOrigin(source.get(), publicBaseUrl) : matchesHost(source.get(), authority);
    }

    private static boolean sameOrigin(URI source, URI expected) {
        return scheme(source).equals(scheme(expected))
                && host(source).equals(host(expected))
                && port(source) == port(expected);
    }

    private static boolean matchesHost(URI source, String authority) {
        if (authority == null || authority.isBlank()) {
            return false;
        }
        URI host = parse("http://" + authority.trim()).orElse(null);
        if (host == null || host.getHost() == null || !host(source).equals(host(host))) {
            return false;
        }
        return host.getPort() == -1 ? source.getPort() == -1 || isDefault(source.getPort()) : host.getPort() == port(source);
    }

    private static boolean isDefault(int port) {
        return port == HTTP_PORT || port == HTTPS_PORT;
    }

    private static Optional<URI> parse(String value) {
        if (value == null || value.isBlank() || "null".equals(value.trim())) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(value.trim());
            String scheme = scheme(uri);
            if (uri.getHost() == null || !("http".equals(scheme) || "https".equals(scheme))) {
                return Optional.empty();
            }
            return Optional.of(uri);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static String scheme(URI uri) {
        return uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    }

    private static String host(URI uri) {
        return uri.getHost().toLowerCase(Locale.ROOT);
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equals(scheme(uri)) ? HTTPS_PORT : HTTP_PORT;
    }
}
