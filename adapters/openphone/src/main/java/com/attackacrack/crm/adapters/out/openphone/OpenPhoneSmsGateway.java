package com.attackacrack.crm.adapters.out.openphone;

import com.attackacrack.crm.application.port.out.OutboundSms;
import com.attackacrack.crm.application.port.out.ProviderHistoryException;
import com.attackacrack.crm.application.port.out.RateLimiter;
import com.attackacrack.crm.application.port.out.SmsGateway;
import com.attackacrack.crm.application.port.out.SmsSendResult;
import com.attackacrack.crm.domain.conversation.MessageDirection;
import com.attackacrack.crm.domain.conversation.ProviderMessage;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends text messages through OpenPhone's {@code POST /v1/messages}, at most once per send. Every HTTP attempt (and
 * every history request) first takes a token from the shared {@code openphone-api} rate bucket; any 4xx but a 429 is
 * REJECTED at once with OpenPhone's code and message. A 429, or a failure that proves the request never left (the
 * connection was refused or timed out, the host is unknown), is retried with jittered exponential backoff up to the
 * configured attempts. A failure after the request may have reached OpenPhone (a 5xx, a read timeout, a broken
 * connection, a 2xx without a message id) is ambiguous: after the backoff the gateway asks OpenPhone's
 * {@code GET /v1/messages} for an outbound message to the same number with exactly the same text created since the send
 * began (less {@link #LOOKUP_MARGIN}); one found is ACCEPTED with its id, none found is retried (a 2xx without an id is
 * not: FAILED), and a lookup that fails is FAILED at once, saying the message may or may not have reached OpenPhone.
 * Neither the API key nor the message text is ever logged.
 */
public final class OpenPhoneSmsGateway implements SmsGateway, AutoCloseable {

    /** The rate bucket every process sending with the one API key shares. */
    public static final String RATE_BUCKET = "openphone-api";
    /** How long one attempt waits for a rate token by default. */
    public static final Duration DEFAULT_RATE_LIMIT_WAIT = Duration.ofSeconds(30);
    /** How far before the send began the history lookup reaches, against clocks that disagree. */
    public static final Duration LOOKUP_MARGIN = Duration.ofMinutes(2);

    /**
     * The longest {@code beforeRequest} may take before the request still counts as leaving right after its rate grant
     * (well within the limiter's margin); one that takes longer is followed by a fresh grant.
     */
    static final Duration GRANT_SLACK = Duration.ofMillis(20);

    private static final Logger LOG = LoggerFactory.getLogger(OpenPhoneSmsGateway.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
    private static final int MAX_REASON_LENGTH = 500;
    private static final int MAX_CAUSES = 10;
    private static final String MAY_OR_MAY_NOT = "the message may or may not have reached OpenPhone (do not resend without checking): ";
    private static final Map<Integer, String> STATUS_TEXT = Map.of(400, "Bad Request", 401, "Unauthorized", 402, "Payment Required",
            403, "Forbidden", 404, "Not Found", 405, "Method Not Allowed", 409, "Conflict", 413, "Payload Too Large",
            415, "Unsupported Media Type", 422, "Unprocessable Entity");

    private final OpenPhoneApiSettings settings;
    private final RateLimiter rateLimiter;
    private final Duration rateLimitWait;
    private final OpenPhoneHistoryClient history;
    private final boolean ownsHistory;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();
    private final SecureRandom jitter = new SecureRandom();

    /**
     * A gateway that waits up to {@link #DEFAULT_RATE_LIMIT_WAIT} for each rate token and checks ambiguous failures
     * with a history client of its own (same settings and limiter), which it closes.
     */
    public OpenPhoneSmsGateway(OpenPhoneApiSettings settings, RateLimiter rateLimiter) {
        this(settings, rateLimiter, DEFAULT_RATE_LIMIT_WAIT);
    }

    /**
     * A gateway that waits up to {@code rateLimitWait} for each rate token before giving up on the send, and checks
     * ambiguous failures with a history client of its own (same settings, limiter and wait), which it closes.
     */
    public OpenPhoneSmsGateway(OpenPhoneApiSettings settings, RateLimiter rateLimiter, Duration rateLimitWait) {
        this(settings, rateLimiter, rateLimitWait, ownHistory(settings, rateLimiter, rateLimitWait), true);
    }

    /**
     * A gateway that waits up to {@link #DEFAULT_RATE_LIMIT_WAIT} for each rate token and checks ambiguous failures
     * with {@code history} (on the same sending line; the caller closes it).
     */
    public OpenPhoneSmsGateway(OpenPhoneApiSettings settings, RateLimiter rateLimiter, OpenPhoneHistoryClient history) {
        this(settings, rateLimiter, DEFAULT_RATE_LIMIT_WAIT, history);
    }

    /**
     * A gateway that waits up to {@code rateLimitWait} for each rate token and checks ambiguous failures with
     * {@code history} (on the same sending line; the caller closes it).
     */
    public OpenPhoneSmsGateway(OpenPhoneApiSettings settings, RateLimiter rateLimiter, Duration rateLimitWait,
                               OpenPhoneHistoryClient history) {
        this(settings, rateLimiter, rateLimitWait, Objects.requireNonNull(history, "history"), false);
    }

    private OpenPhoneSmsGateway(OpenPhoneApiSettings settings, RateLimiter rateLimiter, Duration rateLimitWait,
                                OpenPhoneHistoryClient history, boolean ownsHistory) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.rateLimiter = Objects.requireNonNull(rateLimiter, "rateLimiter");
        this.rateLimitWait = Objects.requireNonNull(rateLimitWait, "rateLimitWait");
        if (rateLimitWait.isNegative()) {
            throw new IllegalArgumentException("rateLimitWait cannot be negative");
        }
        this.history = history;
        this.ownsHistory = ownsHistory;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.requestTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        HttpStackWarmUp.warm(http);
    }

    private static OpenPhoneHistoryClient ownHistory(OpenPhoneApiSettings settings, RateLimiter rateLimiter, Duration rateLimitWait) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(rateLimiter, "rateLimiter");
        Objects.requireNonNull(rateLimitWait, "rateLimitWait");
        return new OpenPhoneHistoryClient(settings, rateLimiter, rateLimitWait);
    }

    @Override
    public SmsSendResult send(OutboundSms message) {
        return send(message, () -> { });
    }

    /**
     * Sends like {@link #send(OutboundSms)}, running {@code beforeRequest} once per {@code POST /v1/messages} attempt,
     * after its rate slot is granted and just before the request (never before a history lookup); an exception it
     * throws ends the send before that request and leaves this method. When it takes longer than {@link #GRANT_SLACK}
     * the attempt takes a fresh rate slot, so requests still reach OpenPhone within the limiter's margin of a grant.
     */
    @Override
    public SmsSendResult send(OutboundSms message, Runnable beforeRequest) {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(beforeRequest, "beforeRequest");
        Instant started = Instant.now();
        HttpRequest request = request(message);
        int maxAttempts = settings.maxAttempts();
        String lastReason = "no attempt was made";
        boolean waited = false;
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            if (attempt > 1 && !waited && !sleep(backoff(attempt - 1))) {
                return failed("interrupted while waiting to retry; last: " + lastReason);
            }
            waited = false;
            String noToken = acquire();
            if (noToken != null) {
                return failed(noToken);
            }
            long beforeRequestStarted = System.nanoTime();
            beforeRequest.run();
            if (System.nanoTime() - beforeRequestStarted > GRANT_SLACK.toNanos()) {
                // The request would leave too long after its grant for the limiter's margin: take a fresh token.
                noToken = acquire();
                if (noToken != null) {
                    return failed(noToken);
                }
            }
            HttpResponse<String> response;
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                if (neverSent(e)) {
                    lastReason = "could not reach OpenPhone: " + describe(e);
                    LOG.warn("OpenPhone send attempt {}/{} could not connect: {}", attempt, maxAttempts, e.getClass().getSimpleName());
                    continue;
                }
                response = null;
                lastReason = e instanceof HttpTimeoutException
                        ? "OpenPhone did not answer within " + settings.requestTimeout().toMillis() + " ms (timeout)"
                        : "the connection to OpenPhone failed after the request was sent: " + describe(e);
                LOG.warn("OpenPhone send attempt {}/{} failed after the request was sent: {}", attempt, maxAttempts,
                        e.getClass().getSimpleName());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return failed(MAY_OR_MAY_NOT + "interrupted while sending");
            }
            boolean retryable = true;
            if (response != null) {
                int status = response.statusCode();
                if (status >= 200 && status < 300) {
                    SmsSendResult accepted = accepted(response.body());
                    if (accepted != null) {
                        return accepted;
                    }
                    // OpenPhone says it took the message: not finding it is a lag, never a reason to send it again.
                    retryable = false;
                    lastReason = "OpenPhone answered " + status + " without a message id";
                    LOG.warn("OpenPhone send attempt {}/{} answered {} without a message id", attempt, maxAttempts, status);
                } else {
                    ErrorBody error = errorBody(status, response.body());
                    if (status == 429) {
                        lastReason = "OpenPhone answered 429 (rate limited): " + error.message();
                        LOG.warn("OpenPhone send attempt {}/{} answered 429", attempt, maxAttempts);
                        continue;
                    }
                    if (status < 500) {
                        LOG.info("OpenPhone rejected a message: status {}, code {}", status, error.code());
                        return SmsSendResult.rejected(error.code(), error.message());
                    }
                    lastReason = "OpenPhone answered " + status + ": " + error.message();
                    LOG.warn("OpenPhone send attempt {}/{} answered {}", attempt, maxAttempts, status);
                }
            }
            // Ambiguous: OpenPhone may have created the message. Give it the backoff to show up, then look.
            if (!sleep(backoff(attempt))) {
                return failed(MAY_OR_MAY_NOT + lastReason + "; interrupted before checking OpenPhone's messages");
            }
            waited = true;
            Lookup lookup = lookUp(message, started);
            if (lookup.failure() != null) {
                return failed(MAY_OR_MAY_NOT + lastReason + "; checking OpenPhone's messages failed: " + lookup.failure());
            }
            if (lookup.found() != null) {
                ProviderMessage found = lookup.found();
                LOG.warn("OpenPhone send attempt {}/{} failed ambiguously, but OpenPhone has the message: {} (status {}); not resending",
                        attempt, maxAttempts, found.providerId(), found.status().word());
                return SmsSendResult.accepted(found.providerId(), found.status().word());
            }
            if (!retryable) {
                return failed(MAY_OR_MAY_NOT + lastReason + ", and it is not among OpenPhone's messages yet");
            }
            LOG.info("OpenPhone send attempt {}/{}: the message is not among OpenPhone's messages, so it was not created",
                    attempt, maxAttempts);
        }
        return failed(lastReason + " (after " + maxAttempts + " attempts)");
    }

    /** Takes a rate token for one request: null when granted, else why none came. */
    private String acquire() {
        try {
            return rateLimiter.acquire(RATE_BUCKET, settings.requestsPerSecond(), rateLimitWait) ? null
                    : "rate limit wait exceeded";
        } catch (RuntimeException e) {
            return "the rate limiter is unavailable: " + e.getClass().getSimpleName();
        }
    }

    /**
     * True when {@code failure} proves the request never left: the connection was refused or timed out, or the host
     * could not be resolved. Anything else happened, or may have happened, after OpenPhone got the request.
     */
    static boolean neverSent(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_CAUSES; depth++) {
            if (cause instanceof ConnectException || cause instanceof HttpConnectTimeoutException
                    || cause instanceof UnresolvedAddressException || cause instanceof UnknownHostException) {
                return true;
            }
            cause = cause.getCause();
        }
        return false;
    }

    /** OpenPhone's newest outbound message to the same number with the same text since the send began, if any. */
    private Lookup lookUp(OutboundSms message, Instant started) {
        List<ProviderMessage> messages;
        try {
            messages = history.messages(message.to(), started.minus(LOOKUP_MARGIN));
        } catch (ProviderHistoryException e) {
            return new Lookup(null, e.getMessage());
        } catch (RuntimeException e) {
            return new Lookup(null, e.getClass().getSimpleName());
        }
        List<String> recipient = List.of(message.to().e164());
        ProviderMessage newest = null;
        int matches = 0;
        for (ProviderMessage candidate : messages) {
            if (candidate.direction() == MessageDirection.OUTBOUND && recipient.equals(candidate.to())
                    && message.body().equals(candidate.text())) {
                matches++;
                if (newest == null || candidate.createdAt().isAfter(newest.createdAt())) {
                    newest = candidate;
                }
            }
        }
        if (matches > 1) {
            LOG.warn("{} OpenPhone messages match the ambiguous send; taking the newest, {}", matches, newest.providerId());
        }
        return new Lookup(newest, null);
    }

    /** Releases the HTTP client's connections and threads. */
    @Override
    public void close() {
        http.close();
        if (ownsHistory) {
            history.close();
        }
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

    /** ACCEPTED with the id and status in a 2xx's body, or null when it has no message id. */
    private SmsSendResult accepted(String body) {
        JsonNode data = parse(body).path("data");
        String id = data.path("id").asText("");
        if (id.isBlank()) {
            return null;
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

    private static String describe(Exception e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage());
    }

    /** OpenPhone's error code (or the HTTP status) and message (or the status text). */
    private record ErrorBody(String code, String message) {
    }

    /** What the history lookup found: the message, nothing (both null), or why it failed. */
    private record Lookup(ProviderMessage found, String failure) {
    }
}
