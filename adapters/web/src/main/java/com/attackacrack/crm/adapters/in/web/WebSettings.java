package com.attackacrack.crm.adapters.in.web;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How the web server listens and presents itself: address, body size limit, production hardening, version and environment.
 *
 * @param host                address to bind, {@value #DEFAULT_HOST} for every interface
 * @param port                port to listen on; 0 picks any free port (tests)
 * @param production          true in production: turns on HSTS and other production-only behaviour
 * @param maxRequestBodyBytes largest request body accepted; bigger bodies get 413
 * @param appVersion          application version shown in the footer and in /health
 * @param environment         environment name shown in the footer (development, production, test)
 * @param publicBaseUrl       the address people use to reach the app (e.g. {@code https://crm.example.com}); the CSRF
 *                            origin check compares against it. Null: compare against the request's Host header
 * @param clientAddressHeader a header that a trusted proxy in front of the app sets to the client's address (e.g.
 *                            {@code do-connecting-ip} on DigitalOcean); null: use the TCP peer's address
 */
public record WebSettings(String host, int port, boolean production, long maxRequestBodyBytes, String appVersion,
                          String environment, URI publicBaseUrl, String clientAddressHeader) {

    /** Bind to every interface unless told otherwise. */
    public static final String DEFAULT_HOST = "0.0.0.0";

    /** One MiB: plenty for forms and webhooks; large imports stream through their own path. */
    public static final long DEFAULT_MAX_REQUEST_BODY_BYTES = 1024L * 1024L;

    private static final int MAX_PORT = 65_535;

    public WebSettings {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host must not be blank");
        }
        if (port < 0 || port > MAX_PORT) {
            throw new IllegalArgumentException("port must be between 0 and " + MAX_PORT + ", was " + port);
        }
        if (maxRequestBodyBytes <= 0) {
            throw new IllegalArgumentException("maxRequestBodyBytes must be positive, was " + maxRequestBodyBytes);
        }
        Objects.requireNonNull(appVersion, "appVersion");
        Objects.requireNonNull(environment, "environment");
        if (appVersion.isBlank() || environment.isBlank()) {
            throw new IllegalArgumentException("appVersion and environment must not be blank");
        }
        if (publicBaseUrl != null) {
            publicBaseUrl = checkedBaseUrl(publicBaseUrl);
        }
        if (clientAddressHeader != null && !clientAddressHeader.matches("[A-Za-z0-9-]{1,64}")) {
            throw new IllegalArgumentException("clientAddressHeader must be a header name, was " + clientAddressHeader);
        }
    }

    /** Settings without a public base URL (the origin check then trusts the request's Host header). */
    public WebSettings(String host, int port, boolean production, long maxRequestBodyBytes, String appVersion,
                       String environment) {
        this(host, port, production, maxRequestBodyBytes, appVersion, environment, null, null);
    }

    /** Settings with the default host and body limit. */
    public static WebSettings of(int port, boolean production, String appVersion, String environment) {
        return new WebSettings(DEFAULT_HOST, port, production, DEFAULT_MAX_REQUEST_BODY_BYTES, appVersion, environment);
    }

    /** A copy listening on another host. */
    public WebSettings withHost(String newHost) {
        return new WebSettings(newHost, port, production, maxRequestBodyBytes, appVersion, environment, publicBaseUrl,
                clientAddressHeader);
    }

    /** A copy with another request body limit. */
    public WebSettings withMaxRequestBodyBytes(long newLimit) {
        return new WebSettings(host, port, production, newLimit, appVersion, environment, publicBaseUrl,
                clientAddressHeader);
    }

    /** A copy with the public base URL (scheme, host and optional port; no path, query or user info). */
    public WebSettings withPublicBaseUrl(URI newBaseUrl) {
        return new WebSettings(host, port, production, maxRequestBodyBytes, appVersion, environment, newBaseUrl,
                clientAddressHeader);
    }

    /** A copy that takes the client's address from this header, set by a trusted proxy (null: the TCP peer). */
    public WebSettings withClientAddressHeader(String header) {
        return new WebSettings(host, port, production, maxRequestBodyBytes, appVersion, environment, publicBaseUrl, header);
    }

    /** The public base URL, when configured. */
    public Optional<URI> publicBase() {
        return Optional.ofNullable(publicBaseUrl);
    }

    private static URI checkedBaseUrl(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        boolean onlyOrigin = (url.getPath() == null || url.getPath().isEmpty() || "/".equals(url.getPath()))
                && url.getRawQuery() == null && url.getRawFragment() == null && url.getRawUserInfo() == null;
        if (!("http".equals(scheme) || "https".equals(scheme)) || url.getHost() == null || !onlyOrigin) {
            throw new IllegalArgumentException("publicBaseUrl must look like https://crm.example.com (scheme and host only), was "
                    + url);
        }
        return URI.create(scheme + "://" + url.getHost().toLowerCase(Locale.ROOT) + (url.getPort() == -1 ? "" : ":" + url.getPort()));
    }
}
