package com.attackacrack.crm.adapters.out.openphone;

import com.attackacrack.crm.application.port.out.ProviderHistory;
import com.attackacrack.crm.application.port.out.ProviderHistoryException;
import com.attackacrack.crm.application.port.out.RateLimiter;
import com.attackacrack.crm.domain.conversation.ProviderCall;
import com.attackacrack.crm.domain.conversation.ProviderMessage;
import com.attackacrack.crm.domain.shared.PhoneNumber;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the texts and calls with one number from OpenPhone's {@code GET /v1/messages} and {@code GET /v1/calls}, on
 * the configured sending line (an E.164 number is resolved to its {@code PN...} id once, with
 * {@code GET /v1/phone-numbers}), following {@code nextPageToken} to the end. Every HTTP attempt first takes a token
 * from the shared {@code openphone-api} rate bucket, the one the SMS gateway uses; a 429, a 5xx, a timeout or a
 * connection error is retried with jittered exponential backoff up to the configured attempts. A 401 or 403 is a
 * {@link ProviderHistoryException} that stops the run; any other failure fails this one question. The API key is
 * never logged.
 */
public final class OpenPhoneHistoryClient implements ProviderHistory, AutoCloseable {

    /** Items asked for per page: OpenPhone's maximum. */
    public static final int PAGE_SIZE = 100;
    /** A bound on the pages read for one question, against a token that never ends. */
    static final int MAX_PAGES = 1_000;

    private static final Logger LOG = LoggerFactory.getLogger(OpenPhoneHistoryClient.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
    private static final int MAX_REASON_LENGTH = 300;

    private final OpenPhoneApiSettings settings;
    private final RateLimiter rateLimiter;
    private final Duration rateLimitWait;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();
    private final SecureRandom jitter = new SecureRandom();
    private String phoneNumberId;

    /** A client that waits up to {@link OpenPhoneSmsGateway#DEFAULT_RATE_LIMIT_WAIT} for each rate token. */
    public OpenPhoneHistoryClient(OpenPhoneApiSettings settings, RateLimiter rateLimiter) {
        this(settings, rateLimiter, OpenPhoneSmsGateway.DEFAULT_RATE_LIMIT_WAIT);
    }

    /** A client that waits up to {@code rateLimitWait} for each rate token before failing the question. */
    public OpenPhoneHistoryClient(OpenPhoneApiSettings settings, RateLimiter rateLimiter, Duration rateLimitWait) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.rateLimiter = Objects.requireNonNull(rateLimiter, "rateLimiter");
        this.rateLimitWait = Objects.requireNonNull(rateLimitWait, "rateLimitWait");
        if (rateLimitWait.isNegative()) {
            throw new IllegalArgumentException("rateLimitWait cannot be negative");
        }
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.requestTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public List<ProviderMessage> messages(PhoneNumber participant, Instant since) {
        return list("/messages", participant, since, OpenPhoneApiObjects::message);
    }

    @Override
    public List<ProviderCall> calls(PhoneNumber participant, Instant since) {
        return list("/calls", participant, since, OpenPhoneApiObjects::call);
    }

    /** Releases the HTTP client's connections and threads. */
    @Override
    public void close() {
        http.close();
    }

    private <T> List<T> list(String path, PhoneNumber participant, Instant since, BiFunction<JsonNode, Integer, T> read) {
        Objects.requireNonNull(participant, "participant");
        Objects.requireNonNull(since, "since");
        Map<String, String> query = new LinkedHashMap<>();
        query.put("phoneNumberId", phoneNumberId());
        query.put("participants", participant.e164());
        query.put("createdAfter", since.truncatedTo(ChronoUnit.MILLIS).toString());
        query.put("maxResults", Integer.toString(PAGE_SIZE));
        List<T> items = new ArrayList<>();
        Set<String> tokens = new HashSet<>();
        for (int page = 1; page <= MAX_PAGES; page++) {
            JsonNode answer = get(path, query);
            JsonNode data = answer.path("data");
            if (!data.isArray()) {
                throw ProviderHistoryException.failed("OpenPhone's answer to GET " + path + " has no data array");
            }
            for (int i = 0; i < data.size(); i++) {
                try {
                    items.add(read.apply(data.get(i), i));
                } catch (IllegalArgumentException e) {
                    throw ProviderHistoryException.failed("GET " + path + " page " + page + ": " + e.getMessage());
                }
            }
            String next = PayloadReader.text(answer.path("nextPageToken"));
            if (next == null) {
                return items;
            }
            if (!tokens.add(next)) {
                throw ProviderHistoryException.failed("OpenPhone repeated the page token of GET " + path);
            }
            query.put("pageToken", next);
        }
        throw ProviderHistoryException.failed("GET " + path + " went on for more than " + MAX_PAGES + " pages");
    }

    /** The sending line's id: as configured when it is one, else looked up once by its number. */
    private synchronized String phoneNumberId() {
        if (phoneNumberId != null) {
            return phoneNumberId;
        }
        String configured = settings.fromNumberId();
        if (configured.startsWith("PN")) {
            phoneNumberId = configured;
            return phoneNumberId;
        }
        JsonNode answer = get("/phone-numbers", Map.of());
        List<String> numbers = new ArrayList<>();
        for (JsonNode line : answer.path("data")) {
            String number = PayloadReader.text(line.path("number"));
            String id = PayloadReader.text(line.path("id"));
            if (configured.equals(number) && id != null) {
                phoneNumberId = id;
                LOG.info("OpenPhone sending number {} is phone number id {}", number, id);
                return phoneNumberId;
            }
            if (number != null) {
                numbers.add(number);
            }
        }
        throw ProviderHistoryException.fatal("The sending number " + configured + " is not one of this API key's OpenPhone "
                + "numbers" + (numbers.isEmpty() ? " (it has none)" : " (" + String.join(", ", numbers) + ")")
                + "; configure its phone number id (PN...) or one of these numbers");
    }

    private JsonNode get(String path, Map<String, String> query) {
        HttpRequest request = HttpRequest.newBuilder(uri(path, query))
                .timeout(settings.requestTimeout())
                .header("Authorization", settings.apiKey())
                .header("Accept", "application/json")
                .GET()
                .build();
        String what = "GET " + path;
        String lastReason = "no attempt was made";
        for (int attempt = 1; attempt <= settings.maxAttempts(); attempt++) {
            if (attempt > 1) {
                sleep(backoff(attempt - 1), what, lastReason);
            }
            takeToken(what);
            HttpResponse<String> response;
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (HttpTimeoutException e) {
                lastReason = "OpenPhone did not answer within " + settings.requestTimeout().toMillis() + " ms (timeout)";
                LOG.warn("OpenPhone {} attempt {}/{} timed out", what, attempt, settings.maxAttempts());
                continue;
            } catch (IOException e) {
                lastReason = "could not reach OpenPhone: " + e.getClass().getSimpleName();
                LOG.warn("OpenPhone {} attempt {}/{} could not connect: {}", what, attempt, settings.maxAttempts(),
                        e.getClass().getSimpleName());
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw ProviderHistoryException.fatal("interrupted while reading OpenPhone's history");
            }
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                return parse(what, response.body());
            }
            String message = errorMessage(response.body());
            if (status == 401 || status == 403) {
                throw ProviderHistoryException.fatal("OpenPhone refused the API key (" + status
                        + (status == 401 ? " Unauthorized" : " Forbidden") + message + "): check the configured key");
            }
            if (status == 429 || status >= 500) {
                lastReason = "OpenPhone answered " + status + (status == 429 ? " (rate limited)" : "") + message;
                LOG.warn("OpenPhone {} attempt {}/{} answered {}", what, attempt, settings.maxAttempts(), status);
                continue;
            }
            throw ProviderHistoryException.failed("OpenPhone answered " + what + " with " + status + message);
        }
        throw ProviderHistoryException.failed(what + ": " + lastReason + " (after " + settings.maxAttempts() + " attempts)");
    }

    private URI uri(String path, Map<String, String> query) {
        String encoded = query.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return URI.create(settings.baseUrl() + path + (encoded.isEmpty() ? "" : "?" + encoded));
    }

    private void takeToken(String what) {
        boolean granted;
        try {
            granted = rateLimiter.acquire(OpenPhoneSmsGateway.RATE_BUCKET, settings.requestsPerSecond(), rateLimitWait);
        } catch (RuntimeException e) {
            throw ProviderHistoryException.fatal("the rate limiter is unavailable: " + e.getClass().getSimpleName());
        }
        if (!granted) {
            throw ProviderHistoryException.failed(what + ": no rate token within " + rateLimitWait.toSeconds() + " s");
        }
    }

    private JsonNode parse(String what, String body) {
        try {
            JsonNode root = body == null || body.isBlank() ? null : json.readTree(body);
            if (root != null && root.isObject()) {
                return root;
            }
        } catch (JsonProcessingException e) {
            // worded below without the parser's message, which may quote the body
        }
        throw ProviderHistoryException.failed("OpenPhone's answer to " + what + " is not a JSON object");
    }

    /** OpenPhone's error message as {@code ": message"}, or nothing. */
    private String errorMessage(String body) {
        try {
            JsonNode root = body == null || body.isBlank() ? null : json.readTree(body);
            String message = root == null ? null : PayloadReader.text(root.path("message"));
            if (message == null) {
                return "";
            }
            return ": " + (message.length() <= MAX_REASON_LENGTH ? message : message.substring(0, MAX_REASON_LENGTH) + "...");
        } catch (JsonProcessingException e) {
            return "";
        }
    }

    /** The wait before retry {@code retry} (1 = first): base × 2^(retry-1), capped, jittered into its upper half. */
    private Duration backoff(int retry) {
        long baseMillis = settings.backoffBase().toMillis();
        long capped = Math.min(MAX_BACKOFF.toMillis(), baseMillis << Math.min(retry - 1, 20));
        long half = Math.max(1, capped / 2);
        return Duration.ofMillis(capped - half + jitter.nextLong(half + 1));
    }

    private static void sleep(Duration duration, String what, String lastReason) {
        try {
            TimeUnit.MILLISECONDS.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ProviderHistoryException.fatal("interrupted while waiting to retry " + what + "; last: " + lastReason);
        }
    }
}
