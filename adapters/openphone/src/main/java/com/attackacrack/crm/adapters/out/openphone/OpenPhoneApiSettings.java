package com.attackacrack.crm.adapters.out.openphone;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How to reach OpenPhone's REST API: the base URL (with {@code /v1}), the API key (sent as the raw
 * {@code Authorization} header; never shown by {@link #toString()}), the sending number (an id {@code PN...} or an
 * E.164 number), the request rate shared by every process, how many attempts one send may take, the timeout of one
 * request and the base of the exponential backoff between attempts.
 */
public record OpenPhoneApiSettings(URI baseUrl, String apiKey, String fromNumberId, int requestsPerSecond, int maxAttempts,
                                   Duration requestTimeout, Duration backoffBase) {

    /** OpenPhone's public REST base. */
    public static final URI DEFAULT_BASE_URL = URI.create("https://api.openphone.com/v1");
    /** OpenPhone's documented limit per API key. */
    public static final int DEFAULT_REQUESTS_PER_SECOND = 10;
    /** The first try and three retries. */
    public static final int DEFAULT_MAX_ATTEMPTS = 4;
    /** How long one request may take. */
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(10);
    /** The first backoff; each later one doubles. */
    public static final Duration DEFAULT_BACKOFF_BASE = Duration.ofMillis(500);

    private static final Pattern PHONE_NUMBER_ID = Pattern.compile("PN[A-Za-z0-9]+");
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{7,14}");

    public OpenPhoneApiSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        String scheme = baseUrl.getScheme() == null ? "" : baseUrl.getScheme().toLowerCase(Locale.ROOT);
        if (!baseUrl.isAbsolute() || !(scheme.equals("https") || scheme.equals("http")) || baseUrl.getHost() == null
                || baseUrl.getRawQuery() != null || baseUrl.getRawFragment() != null) {
            throw new IllegalArgumentException("the OpenPhone API base URL must be an http(s) URL without query, like "
                    + DEFAULT_BASE_URL + ", not " + baseUrl);
        }
        if (apiKey == null || apiKey.isBlank() || apiKey.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            throw new IllegalArgumentException("the OpenPhone API key is missing or contains spaces");
        }
        if (fromNumberId == null || !(PHONE_NUMBER_ID.matcher(fromNumberId).matches() || E164.matcher(fromNumberId).matches())) {
            throw new IllegalArgumentException("the OpenPhone sending number must be a phone number id (PN...) or an E.164 number, not '"
                    + fromNumberId + "'");
        }
        if (requestsPerSecond < 1 || requestsPerSecond > 1_000) {
            throw new IllegalArgumentException("OpenPhone requests per second must be 1 to 1000, not " + requestsPerSecond);
        }
        if (maxAttempts < 1 || maxAttempts > 20) {
            throw new IllegalArgumentException("OpenPhone attempts per message must be 1 to 20, not " + maxAttempts);
        }
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        if (requestTimeout.isNegative() || requestTimeout.isZero() || requestTimeout.compareTo(Duration.ofMinutes(5)) > 0) {
            throw new IllegalArgumentException("the OpenPhone request timeout must be above zero and at most 5 minutes, not "
                    + requestTimeout);
        }
        Objects.requireNonNull(backoffBase, "backoffBase");
        if (backoffBase.isNegative() || backoffBase.isZero() || backoffBase.compareTo(Duration.ofMinutes(1)) > 0) {
            throw new IllegalArgumentException("the OpenPhone backoff base must be above zero and at most a minute, not " + backoffBase);
        }
        String path = baseUrl.getRawPath() == null ? "" : baseUrl.getRawPath();
        if (path.endsWith("/")) {
            baseUrl = URI.create(baseUrl.toString().substring(0, baseUrl.toString().length() - 1));
        }
    }

    /** Settings with the default rate, attempts, timeout and backoff. */
    public static OpenPhoneApiSettings of(URI baseUrl, String apiKey, String fromNumberId) {
        return new OpenPhoneApiSettings(baseUrl, apiKey, fromNumberId, DEFAULT_REQUESTS_PER_SECOND, DEFAULT_MAX_ATTEMPTS,
                DEFAULT_REQUEST_TIMEOUT, DEFAULT_BACKOFF_BASE);
    }

    /** The endpoint that sends a message. */
    public URI messagesUrl() {
        return URI.create(baseUrl + "/messages");
    }

    /** Everything but the API key, which shows only as masked. */
    @Override
    public String toString() {
        return "OpenPhoneApiSettings[baseUrl=" + baseUrl + ", apiKey=****, fromNumberId=" + fromNumberId + ", requestsPerSecond="
                + requestsPerSecond + ", maxAttempts=" + maxAttempts + ", requestTimeout=" + requestTimeout + ", backoffBase="
                + backoffBase + "]";
    }
}
