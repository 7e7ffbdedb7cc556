package com.attackacrack.crm.adapters.in.web;

import java.util.Objects;

/**
 * How the web server listens and presents itself: address, body size limit, production hardening, version and environment.
 *
 * @param host                address to bind, {@value #DEFAULT_HOST} for every interface
 * @param port                port to listen on; 0 picks any free port (tests)
 * @param production          true in production: turns on HSTS and other production-only behaviour
 * @param maxRequestBodyBytes largest request body accepted; bigger bodies get 413
 * @param appVersion          application version shown in the footer and in /health
 * @param environment         environment name shown in the footer (development, production, test)
 */
public record WebSettings(String host, int port, boolean production, long maxRequestBodyBytes, String appVersion,
                          String environment) {

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
    }

    /** Settings with the default host and body limit. */
    public static WebSettings of(int port, boolean production, String appVersion, String environment) {
        return new WebSettings(DEFAULT_HOST, port, production, DEFAULT_MAX_REQUEST_BODY_BYTES, appVersion, environment);
    }

    /** A copy listening on another host. */
    public WebSettings withHost(String newHost) {
        return new WebSettings(newHost, port, production, maxRequestBodyBytes, appVersion, environment);
    }

    /** A copy with another request body limit. */
    public WebSettings withMaxRequestBodyBytes(long newLimit) {
        return new WebSettings(host, port, production, newLimit, appVersion, environment);
    }
}
