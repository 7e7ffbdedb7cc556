package com.attackacrack.crm.adapters.out.openphone;

import com.attackacrack.crm.application.port.out.OutboundSms;
import com.attackacrack.crm.application.port.out.RateLimiter;
import com.attackacrack.crm.application.port.out.SmsGateway;
import com.attackacrack.crm.application.port.out.SmsSendResult;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends text messages through OpenPhone's {@code POST /v1/messages}. Every HTTP attempt first takes a token from the
 * shared {@code openphone-api} rate bucket; a 429, a 5xx, a timeout or a connection error is retried with jittered
 * exponential backoff up to the configured attempts (then FAILED with the last reason); any other 4xx is REJECTED at
 * once with OpenPhone's code and message. Neither the API key nor the message text is ever logged.
 */
public final class OpenPhoneSmsGateway implements SmsGateway, AutoCloseable {

    /** The rate bucket every process sending with the one API key shares. */
    public static final String RATE_BUCKET = "openphone-api";
    /** How long one attempt waits for a rate token by default. */
    public static final Duration DEFAULT_RATE_LIMIT_WAIT = Duration.ofSeconds(30);

    private static final Logger LOG = LoggerFactory.getLogger(OpenPhoneSmsGateway.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
    private static final int MAX_REASON_LENGTH = 500;
    private static final Map<Integer, String> STATUS_TEXT = Map.of(400, "Bad Request", 401, "Unauthorized", 402, "Payment Required",
            403, "Forbidden", 404, "Not Found", 405, "Method Not Allowed", 409, "Conflict", 413, "Payload Too Large",
            415, "Unsupported Media Type", 422, "Unprocessable Entity");

    private final OpenPhoneApiSettings settings;
    private final RateLimiter rateLimiter;
    private final Duration rateLimitWait;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();
    private final SecureRandom jitter = new SecureRandom();

    /** A gateway that waits up to {@link #DEFAULT_RATE_LIMIT_WAIT} for each rate token. */
    public OpenPhoneSmsGateway(OpenPhoneApiSettings settings, RateLimiter rateLimiter) {
        this(settings, rateLimiter, DEFAULT_RATE_LIMIT_WAIT);
    }

    /** A gateway that waits up to {@code rateLimitWait} for each rate token before giving up on the send. */
    public OpenPhoneSmsGateway(OpenPhoneApiSettings settings, RateLimiter rateLimiter, Duration rateLimitWait) {
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
    public SmsSendResult send(OutboundSms message) {
        Objects.requireNonNull(message, "message");
        HttpRequest request = request(message);
        String lastReason = "no attempt was made";
        for (int attempt = 1; attempt <= settings.maxAttempts(); attempt++) {
            if (attempt > 1 && !sleep(backoff(attempt - 1))) {
                return failed("interrupted while waiting to retry; last: " + lastReason);
            }
            boolean granted;
            try {
                granted = rateLimiter.acquire(RATE_BUCKET, settings.requestsPerSecond(), rateLimitWait);
            } catch (RuntimeException e) {
                return failed("the rate limiter is unavailable: " + e.getClass().getSimpleName());
            }
            if (!granted) {
                return failed("rate limit wait exceeded");
            }
            HttpResponse<String> response;
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (HttpTimeoutException e) {
                lastReason = "OpenPhone did not answer within " + settings.requestTimeout().toMillis() + " ms (timeout)";
                LOG.warn("OpenPhone send attempt {}/{} timed out", attempt, settings.maxAttempts());
                continue;
            } catch (IOException e) {
                lastReason = "could not reach OpenPhone: " + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : " " + e.getMessage());
                LOG.warn("OpenPhone send attempt {}/{} could not connect: {}", attempt, settings.maxAttempts(),
                        e.getClass().getSimpleName());
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return failed("interrupted while sending");
            }
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                return accepted(status, response.body());
            }
            ErrorBody error = errorBody(status, response.body());
            if (status == 429 || status >= 500) {
                lastReason = "OpenPhone answered " + status + (status == 429 ? " (rate limited)" : "") + ": " + error.message();
                LOG.warn("OpenPhone send attempt {}/{} answered {}", attempt, settings.maxAttempts(), status);
                continue;
            }
            LOG.info("OpenPhone rejected a message: status {}, code {}", status, error.code());
            return SmsSendResult.rejected(error.code(), error.message());
        }
        return failed(lastReason + " (after " + settings.maxAttempts() + " attempts)");
    }

    /** Releases the HTTP client's connections and threads. */
    @Override
    public void close() {
        http.close();
    }

    private HttpRequest request(OutboundSms message) {
        ObjectNode body = json.createObjectNode();
        body.put("content", message.body());
        body.put("from", settings.fromNumberId());
        body.putArray("to").add(message.to().e164());
        byte[] bytes;
        try {
            bytes = json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a message of strings always serializes", e);
        }
        return HttpRequest.newBuilder(settings.messagesUrl())
                .timeout(settings.requestTimeout())
                .header("Authorization", settings.apiKey())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
                .build();
    }

    private SmsSendResult accepted(int status, String body) {
        JsonNode data = parse(body).path("data");
        String id = data.path("id").asText("");
        if (id.isBlank()) {
            // The message may have been sent, so it is not retried here; whoever calls may decide.
            return failed("OpenPhone answered " + status + " without a message id");
        }
        String providerStatus = data.path("status").asText("");
        LOG.info("OpenPhone accepted message {} (status {})", id, providerStatus.isBlank() ? "unknown" : providerStatus);
        return SmsSendResult.accepted(id, providerStatus.isBlank() ? null : providerStatus);
    }

    private ErrorBody errorBody(int status, String body) {
        JsonNode root = parse(body);
        String code = text(root.path("code"));
        String message = text(root.path("message"));
        if (message == null) {
            message = STATUS_TEXT.getOrDefault(status, "HTTP " + status);
        }
        return new ErrorBody(code == null ? Integer.toString(status) : code, truncate(message));
    }

    private JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return json.createObjectNode();
        }
        try {
            return json.readTree(body);
        } catch (JsonProcessingException e) {
            return json.createObjectNode();
        }
    }

    private static String text(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull() || node.isContainerNode()) {
            return null;
        }
        String value = node.asText();
        return value.isBlank() ? null : value;
    }

    private static String truncate(String text) {
        return text.length() <= MAX_REASON_LENGTH ? text : text.substring(0, MAX_REASON_LENGTH) + "...";
    }

    /** The wait before retry {@code retry} (1 = first): base × 2^(retry-1), capped, jittered into its upper half. */
    private Duration backoff(int retry) {
        long baseMillis = settings.backoffBase().toMillis();
        long capped = Math.min(MAX_BACKOFF.toMillis(), baseMillis << Math.min(retry - 1, 20));
        long half = Math.max(1, capped / 2);
        return Duration.ofMillis(capped - half + jitter.nextLong(half + 1));
    }

    private static boolean sleep(Duration duration) {
        try {
            TimeUnit.MILLISECONDS.sleep(duration.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static SmsSendResult failed(String reason) {
        LOG.warn("OpenPhone send failed: {}", reason);
        return SmsSendResult.failed(truncate(reason));
    }

    /** OpenPhone's error code (or the HTTP status) and message (or the status text). */
    private record ErrorBody(String code, String message) {
    }
}
