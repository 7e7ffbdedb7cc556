package com.attackacrack.crm.adapters.out.openphone;

import com.attackacrack.crm.domain.webhook.WebhookEvent.SignatureScheme;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.TreeMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for OpenPhone's REST API on a free local port, for tests and local development: {@code POST /v1/messages}
 * checks the {@code Authorization} header against the configured key (401 otherwise), enforces a per-second rate with
 * real 429s (a sliding one-second window over the requests it let through), can answer the next requests with a given
 * status and JSON error body or stall them, records every accepted message and answers 202 with
 * {@code {"data":{"id":"AC<n>","status":"queued",...}}}. Sends alone can be scripted too ({@link #failNextSends}),
 * including the ambiguous failures: record the message, then answer an error or stall ({@link #acceptThenAnswerNextSends},
 * {@link #acceptThenStallNextSends}).
 *
 * <p>Once told where the app listens ({@link #sendWebhooksTo}), it also plays OpenPhone's webhook side: a short
 * while after accepting a message it posts a signed {@code message.delivered} for it (legacy envelope, like the
 * fixture), {@link #sendInboundMessage} posts a signed {@code message.received}, and {@link #postEvent} posts any
 * body signed. Every post and the app's answer are recorded ({@link #webhookDeliveries()}).
 *
 * <p>The history endpoints answer from what it holds: {@code GET /v1/messages} lists the seeded messages
 * ({@link #seedMessage}) and those it accepted, {@code GET /v1/calls} the seeded calls ({@link #seedCall}), both
 * filtered by {@code participants} (required) and {@code createdAfter}, and by {@code phoneNumberId} (required, a
 * {@code PN...} id) for objects that name one; newest first, {@code min(maxResults, pageSize)} per page with a
 * {@code nextPageToken}. {@code GET /v1/phone-numbers} lists {@link #seedPhoneNumber the seeded lines}. They check the
 * key and the rate like the send, and every request's path and query is recorded ({@link #requestedUris()}).
 */
public final class FakeOpenPhoneServer implements AutoCloseable {

    /** One message the server accepted, as it arrived. */
    public record ReceivedMessage(String id, List<String> to, String from, String content, String authorization, String json) {
    }

    /**
     * One webhook the server posted: the event id and type, the body and headers exactly as sent, and the app's HTTP
     * status (0 when it could not be reached, with the error).
     */
    public record WebhookDelivery(String eventId, String type, String body, Map<String, String> headers, int status,
            String error) {
    }

    /** A canned answer for the next requests; {@code acceptFirst}: a send is recorded before it is answered. */
    private record Scripted(int status, String body, Duration stall, boolean acceptFirst) {
    }

    /** Where and how webhooks go. */
    private record WebhookTarget(URI url, WebhookSigner signer, SignatureScheme scheme, Duration delay) {
    }

    /** How long after accepting a message its {@code message.delivered} is posted, unless told otherwise. */
    public static final Duration DEFAULT_WEBHOOK_DELAY = Duration.ofMillis(100);

    private static final long WINDOW_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final ObjectMapper json = new ObjectMapper();
    private final String apiKey;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "fake-openphone");
        thread.setDaemon(true);
        return thread;
    });
    private final Object lock = new Object();
    private final Deque<Long> window = new ArrayDeque<>();
    private final Deque<Scripted> scripted = new ArrayDeque<>();
    private final Deque<Scripted> scriptedSends = new ArrayDeque<>();
    private final List<ReceivedMessage> received = new CopyOnWriteArrayList<>();
    private final List<Long> acceptedAtNanos = new CopyOnWriteArrayList<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger tooManyRequests = new AtomicInteger();
    private final AtomicInteger ids = new AtomicInteger();
    private final AtomicInteger eventIds = new AtomicInteger();
    private final AtomicInteger inboundIds = new AtomicInteger();
    private final List<WebhookDelivery> deliveries = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService webhookScheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "fake-openphone-webhooks");
        thread.setDaemon(true);
        return thread;
    });
    private final HttpClient webhookClient = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final List<ObjectNode> messages = new CopyOnWriteArrayList<>();
    private final List<ObjectNode> calls = new CopyOnWriteArrayList<>();
    private final List<ObjectNode> phoneNumbers = new CopyOnWriteArrayList<>();
    private final List<String> requestedUris = new CopyOnWriteArrayList<>();
    private volatile int pageSize = 100;
    private volatile WebhookTarget webhooks;
    private volatile String sendingNumber;
    private int ratePerSecond;

    private FakeOpenPhoneServer(String apiKey, int ratePerSecond) throws IOException {
        this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
        this.ratePerSecond = ratePerSecond;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** Starts a server that accepts {@code apiKey} and has no rate limit. */
    public static FakeOpenPhoneServer start(String apiKey) {
        return start(apiKey, 0);
    }

    /** Starts a server that accepts {@code apiKey} and answers 429 above {@code ratePerSecond} (0: no limit). */
    public static FakeOpenPhoneServer start(String apiKey, int ratePerSecond) {
        try {
            return new FakeOpenPhoneServer(apiKey, ratePerSecond);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the fake OpenPhone server", e);
        }
    }

    /** The REST base to configure, like {@code http://127.0.0.1:PORT/v1}. */
    public URI baseUrl() {
        return URI.create("http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort() + "/v1");
    }

    /** Changes the rate (requests let through per sliding second; 0: no limit). */
    public void rateLimit(int perSecond) {
        synchronized (lock) {
            this.ratePerSecond = perSecond;
            window.clear();
        }
    }

    /** Answers the next {@code count} authorized requests with {@code status} and this JSON error body. */
    public void failNext(int count, int status, String code, String message) {
        ObjectNode body = json.createObjectNode();
        body.put("message", message);
        body.put("code", code);
        body.put("status", status);
        body.put("docs", "https://openphone.com/docs");
        body.put("title", "Error");
        failNextWithBody(count, status, body.toString());
    }

    /** Answers the next {@code count} authorized requests with {@code status} and exactly this body. */
    public void failNextWithBody(int count, int status, String rawBody) {
        synchronized (lock) {
            for (int i = 0; i < count; i++) {
                scripted.add(new Scripted(status, rawBody, Duration.ZERO, false));
            }
        }
    }

    /** Holds the next {@code count} authorized requests for {@code stall} before handling them normally. */
    public void stallNext(int count, Duration stall) {
        synchronized (lock) {
            for (int i = 0; i < count; i++) {
                scripted.add(new Scripted(0, null, stall, false));
            }
        }
    }

    /**
     * Answers the next {@code count} authorized sends ({@code POST /v1/messages} only, before any {@link #failNext})
     * with {@code status} and this JSON error body, without recording them.
     */
    public void failNextSends(int count, int status, String code, String message) {
        scriptSends(count, new Scripted(status, errorJson(status, code, message), Duration.ZERO, false));
    }

    /**
     * Records the next {@code count} authorized sends like any accepted message (listed by {@code GET /v1/messages}),
     * then answers them {@code status} with exactly this body instead of the 202: OpenPhone failing after it created
     * the message.
     */
    public void acceptThenAnswerNextSends(int count, int status, String rawBody) {
        scriptSends(count, new Scripted(status, rawBody, Duration.ZERO, true));
    }

    /** Records the next {@code count} authorized sends at once, then holds their 202 for {@code stall}. */
    public void acceptThenStallNextSends(int count, Duration stall) {
        scriptSends(count, new Scripted(0, null, stall, true));
    }

    /** The JSON error body OpenPhone answers with. */
    public String errorJson(int status, String code, String message) {
        ObjectNode body = json.createObjectNode();
        body.put("message", message);
        body.put("code", code);
        body.put("status", status);
        return body.toString();
    }

    /** How many sends ({@code POST /v1/messages}) reached the server, whatever they were answered. */
    public int sendRequestCount() {
        return (int) requestedUris.stream().filter(uri -> uri.startsWith("POST /v1/messages")).count();
    }

    /** How many {@code GET /v1/messages} reached the server, whatever they were answered. */
    public int messageListRequestCount() {
        return (int) requestedUris.stream().filter(uri -> uri.startsWith("GET /v1/messages")).count();
    }

    private void scriptSends(int count, Scripted answer) {
        synchronized (lock) {
            for (int i = 0; i < count; i++) {
                scriptedSends.add(answer);
            }
        }
    }

    /** The messages accepted so far, in order. */
    public List<ReceivedMessage> received() {
        return List.copyOf(received);
    }

    /** When each message was accepted ({@link System#nanoTime()}), in order. */
    public List<Long> acceptedAtNanos() {
        return List.copyOf(acceptedAtNanos);
    }

    /**
     * Adds a message object (as {@code GET /v1/messages} answers it: {@code id}, {@code from}, {@code to},
     * {@code direction}, {@code text}, {@code status}, {@code createdAt}, optionally {@code phoneNumberId}).
     */
    public FakeOpenPhoneServer seedMessage(String messageJson) {
        messages.add(object(messageJson));
        return this;
    }

    /**
     * Adds a call object (as {@code GET /v1/calls} answers it: {@code id}, {@code direction}, {@code status},
     * {@code participants}, {@code createdAt}, ..., optionally {@code phoneNumberId}).
     */
    public FakeOpenPhoneServer seedCall(String callJson) {
        calls.add(object(callJson));
        return this;
    }

    /** Adds a line to {@code GET /v1/phone-numbers}: its id ({@code PN...}) and E.164 number. */
    public FakeOpenPhoneServer seedPhoneNumber(String id, String e164) {
        ObjectNode line = json.createObjectNode();
        line.put("id", id);
        line.put("object", "phoneNumber");
        line.put("number", e164);
        line.put("name", "Line " + e164);
        phoneNumbers.add(line);
        return this;
    }

    /** The most items a history page holds, whatever maxResults asks (100 by default). */
    public FakeOpenPhoneServer pageSize(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("a page holds at least one item");
        }
        this.pageSize = size;
        return this;
    }

    /** The method, path and decoded query (keys sorted) of every request that reached the server, in order. */
    public List<String> requestedUris() {
        return List.copyOf(requestedUris);
    }

    /** Every request that reached the server, whatever it was answered. */
    public int requestCount() {
        return requests.get();
    }

    /** How many requests were answered 429 by the rate limit. */
    public int tooManyRequestsCount() {
        return tooManyRequests.get();
    }

    /**
     * From now on posts webhooks to {@code target} (the app's full webhook URL, e.g.
     * {@code http://127.0.0.1:PORT/webhooks/openphone}) signed with {@code signingKey} (base64 or {@code whsec_...})
     * under the legacy scheme, each {@code message.delivered} {@link #DEFAULT_WEBHOOK_DELAY} after its message.
     */
    public FakeOpenPhoneServer sendWebhooksTo(URI target, String signingKey) {
        return sendWebhooksTo(target, signingKey, SignatureScheme.LEGACY, DEFAULT_WEBHOOK_DELAY);
    }

    /** From now on posts webhooks to {@code target} signed under {@code scheme}, deliveries {@code delay} after. */
    public FakeOpenPhoneServer sendWebhooksTo(URI target, String signingKey, SignatureScheme scheme, Duration delay) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(scheme, "scheme");
        if (delay.isNegative()) {
            throw new IllegalArgumentException("the webhook delay cannot be negative");
        }
        this.webhooks = new WebhookTarget(target, new WebhookSigner(signingKey), scheme, delay);
        return this;
    }

    /** Stops posting webhooks (already scheduled ones still go, if a target was set when they run). */
    public void stopWebhooks() {
        this.webhooks = null;
    }

    /**
     * The E.164 number reported as {@code from} of delivered messages whose request named the sending line by its
     * id ({@code PN...}); by default the request's {@code from} is reported as given.
     */
    public FakeOpenPhoneServer sendingNumber(String e164) {
        this.sendingNumber = e164;
        return this;
    }

    /**
     * Posts a signed {@code message.received} from {@code from} to {@code to} (the business line) now, and answers
     * the delivery; the message id is {@code ACin<n>}.
     */
    public WebhookDelivery sendInboundMessage(String from, String to, String text) {
        ObjectNode message = json.createObjectNode();
        message.put("id", "ACin" + inboundIds.incrementAndGet());
        message.put("object", "message");
        message.put("from", from);
        message.putArray("to").add(to);
        message.put("direction", "incoming");
        message.put("text", text);
        message.put("status", "received");
        message.put("createdAt", now());
        return postEvent(event("message.received", message));
    }

    /** Posts {@code rawBody} exactly as given, signed, now; its {@code id} and {@code type} are read for the record. */
    public WebhookDelivery postEvent(String rawBody) {
        WebhookTarget target = webhooks;
        if (target == null) {
            throw new IllegalStateException("no webhook target: call sendWebhooksTo first");
        }
        String eventId = null;
        String type = null;
        try {
            JsonNode root = json.readTree(rawBody);
            eventId = root.path("id").isTextual() ? root.path("id").asText() : null;
            type = root.path("type").isTextual() ? root.path("type").asText() : null;
        } catch (IOException | RuntimeException e) {
            // an unreadable body is posted all the same: that may be what the test is about
        }
        byte[] body = WebhookSigner.utf8(rawBody);
        Map<String, String> headers = target.signer().headers(target.scheme(), body, Instant.now());
        HttpRequest.Builder request = HttpRequest.newBuilder(target.url()).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        WebhookDelivery delivery;
        try {
            HttpResponse<Void> response = webhookClient.send(request.build(), HttpResponse.BodyHandlers.discarding());
            delivery = new WebhookDelivery(eventId, type, rawBody, headers, response.statusCode(), null);
        } catch (IOException e) {
            delivery = new WebhookDelivery(eventId, type, rawBody, headers, 0, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            delivery = new WebhookDelivery(eventId, type, rawBody, headers, 0, "interrupted");
        }
        deliveries.add(delivery);
        return delivery;
    }

    /** The webhooks posted so far, in order, with the app's answers. */
    public List<WebhookDelivery> webhookDeliveries() {
        return List.copyOf(deliveries);
    }

    /** Waits until at least {@code count} webhooks were posted (and answered), then returns them all. */
    public List<WebhookDelivery> awaitWebhookDeliveries(int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (deliveries.size() < count) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("expected " + count + " webhook deliveries within " + timeout + ", got "
                        + deliveries.size() + ": " + deliveries);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for webhook deliveries", e);
            }
        }
        return webhookDeliveries();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        webhookScheduler.shutdownNow();
        webhookClient.close();
    }

    private void scheduleDelivered(String id, String from, String to, String text) {
        WebhookTarget target = webhooks;
        if (target == null) {
            return;
        }
        ObjectNode message = json.createObjectNode();
        message.put("id", id);
        message.put("object", "message");
        String line = sendingNumber;
        message.put("from", line != null && from.startsWith("PN") ? line : from);
        message.putArray("to").add(to);
        message.put("direction", "outgoing");
        message.put("text", text);
        message.put("status", "delivered");
        message.put("createdAt", now());
        if (from.startsWith("PN")) {
            message.put("phoneNumberId", from);
        }
        String body = event("message.delivered", message);
        try {
            webhookScheduler.schedule(() -> postEvent(body), target.delay().toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // the server is closing: nothing more is sent
        }
    }

    private String event(String type, ObjectNode resource) {
        ObjectNode event = json.createObjectNode();
        event.put("id", "EVfake" + eventIds.incrementAndGet());
        event.put("object", "event");
        event.put("apiVersion", "v3");
        event.put("createdAt", now());
        event.put("type", type);
        event.putObject("data").set("object", resource);
        return event.toString();
    }

    private static String now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            requests.incrementAndGet();
            byte[] raw;
            try (InputStream in = exchange.getRequestBody()) {
                raw = in.readAllBytes();
            }
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            requestedUris.add(method + " " + path + (query.isEmpty() ? "" : " " + query));
            boolean post = path.equals("/v1/messages") && method.equals("POST");
            boolean list = path.equals("/v1/messages") || path.equals("/v1/calls") || path.equals("/v1/phone-numbers");
            if (!list) {
                answerError(exchange, 404, "0404000", "Not found");
                return;
            }
            if (!post && !method.equals("GET")) {
                answerError(exchange, 405, "0405000", "Method not allowed");
                return;
            }
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            if (!apiKey.equals(authorization)) {
                answerError(exchange, 401, "0100401", "Unauthorized: the API key is missing or invalid");
                return;
            }
            if (!admitted()) {
                tooManyRequests.incrementAndGet();
                answerError(exchange, 429, "0100429", "Too many requests");
                return;
            }
            Scripted next;
            synchronized (lock) {
                next = post ? scriptedSends.poll() : null;
                if (next == null) {
                    next = scripted.poll();
                }
            }
            if (next != null && next.acceptFirst()) {
                accept(exchange, new String(raw, StandardCharsets.UTF_8), authorization, next);
                return;
            }
            if (next != null && !next.stall().isZero()) {
                try {
                    Thread.sleep(next.stall().toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            } else if (next != null) {
                answer(exchange, next.status(), next.body());
                return;
            }
            if (post) {
                accept(exchange, new String(raw, StandardCharsets.UTF_8), authorization, null);
            } else if (path.equals("/v1/phone-numbers")) {
                ObjectNode answer = json.createObjectNode();
                answer.putArray("data").addAll(phoneNumbers);
                answer(exchange, 200, answer.toString());
            } else {
                history(exchange, path.equals("/v1/messages") ? messages : calls, query);
            }
        }
    }

    private void history(HttpExchange exchange, List<ObjectNode> items, Map<String, String> query) throws IOException {
        String lineId = query.get("phoneNumberId");
        if (lineId == null || !lineId.matches("PN[A-Za-z0-9]+")) {
            answerError(exchange, 400, "0100400", "phoneNumberId must be a phone number id (PN...)");
            return;
        }
        String participant = query.get("participants");
        if (participant == null || participant.isBlank()) {
            answerError(exchange, 400, "0100400", "participants is required");
            return;
        }
        Instant after;
        int max;
        int offset;
        try {
            after = query.containsKey("createdAfter") ? OffsetDateTime.parse(query.get("createdAfter")).toInstant() : null;
            max = Integer.parseInt(query.getOrDefault("maxResults", "10"));
            String token = query.get("pageToken");
            offset = token == null ? 0 : Integer.parseInt(token.substring("page-".length()));
        } catch (DateTimeParseException | NumberFormatException | IndexOutOfBoundsException e) {
            answerError(exchange, 400, "0100400", "Invalid createdAfter, maxResults or pageToken");
            return;
        }
        if (max < 1 || max > 100) {
            answerError(exchange, 400, "0100400", "maxResults must be 1 to 100");
            return;
        }
        List<ObjectNode> matching = items.stream()
                .filter(item -> !item.hasNonNull("phoneNumberId") || item.path("phoneNumberId").asText().equals(lineId))
                .filter(item -> involves(item, participant))
                .filter(item -> after == null || createdAt(item).isAfter(after))
                .sorted(Comparator.comparing(FakeOpenPhoneServer::createdAt).reversed())
                .toList();
        int size = Math.min(max, pageSize);
        int end = Math.min(matching.size(), offset + size);
        ObjectNode answer = json.createObjectNode();
        answer.putArray("data").addAll(offset >= matching.size() ? List.of() : matching.subList(offset, end));
        if (end < matching.size()) {
            answer.put("nextPageToken", "page-" + end);
        } else {
            answer.putNull("nextPageToken");
        }
        answer.put("totalItems", matching.size());
        answer(exchange, 200, answer.toString());
    }

    private static Instant createdAt(JsonNode item) {
        return OffsetDateTime.parse(item.path("createdAt").asText()).toInstant();
    }

    private static boolean involves(JsonNode item, String participant) {
        if (participant.equals(item.path("from").asText(null))) {
            return true;
        }
        for (String field : List.of("to", "participants")) {
            for (JsonNode node : item.path(field)) {
                String number = node.isObject() ? node.path("phoneNumber").asText(null) : node.asText(null);
                if (participant.equals(number)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new TreeMap<>();
        if (raw == null || raw.isEmpty()) {
            return values;
        }
        for (String pair : raw.split("&")) {
            int equals = pair.indexOf('=');
            String key = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            values.put(key, value);
        }
        return values;
    }

    private ObjectNode object(String raw) {
        try {
            JsonNode node = json.readTree(raw);
            if (node instanceof ObjectNode object && object.hasNonNull("id") && object.hasNonNull("createdAt")) {
                return object;
            }
        } catch (IOException e) {
            // refused below
        }
        throw new IllegalArgumentException("a seeded object is JSON with an id and a createdAt: " + raw);
    }

    private boolean admitted() {
        synchronized (lock) {
            if (ratePerSecond <= 0) {
                return true;
            }
            long now = System.nanoTime();
            while (!window.isEmpty() && now - window.peekFirst() >= WINDOW_NANOS) {
                window.pollFirst();
            }
            if (window.size() >= ratePerSecond) {
                return false;
            }
            window.addLast(now);
            return true;
        }
    }

    private void accept(HttpExchange exchange, String body, String authorization, Scripted then) throws IOException {
        JsonNode request;
        try {
            request = json.readTree(body);
        } catch (IOException e) {
            answerError(exchange, 400, "0100400", "Invalid JSON body");
            return;
        }
        JsonNode to = request == null ? null : request.path("to");
        if (request == null || !request.path("content").isTextual() || !request.path("from").isTextual() || to == null
                || !to.isArray() || to.size() != 1 || !to.get(0).isTextual()) {
            answerError(exchange, 400, "0100400", "Expected content, from and a one-element to array");
            return;
        }
        String id = "AC" + ids.incrementAndGet();
        List<String> recipients = new ArrayList<>();
        to.forEach(node -> recipients.add(node.asText()));
        received.add(new ReceivedMessage(id, List.copyOf(recipients), request.path("from").asText(), request.path("content").asText(),
                authorization, body));
        acceptedAtNanos.add(System.nanoTime());
        ObjectNode data = json.createObjectNode();
        data.put("id", id);
        data.put("object", "message");
        data.put("status", "queued");
        data.put("direction", "outgoing");
        data.put("text", request.path("content").asText());
        data.put("from", request.path("from").asText());
        data.putArray("to").add(recipients.get(0));
        ObjectNode answer = json.createObjectNode();
        answer.set("data", data);
        ObjectNode listed = data.deepCopy();
        String line = sendingNumber;
        String from = request.path("from").asText();
        listed.put("from", line != null && from.startsWith("PN") ? line : from);
        listed.put("status", "delivered");
        listed.put("createdAt", now());
        if (from.startsWith("PN")) {
            listed.put("phoneNumberId", from);
        }
        messages.add(listed);
        if (then != null) {
            scheduleDelivered(id, request.path("from").asText(), recipients.get(0), request.path("content").asText());
        }
        if (then != null && then.stall().isZero()) {
            answer(exchange, then.status(), then.body());
            return;
        }
        if (then != null) {
            try {
                Thread.sleep(then.stall().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        answer(exchange, 202, answer.toString());
        if (then != null) {
            return;
        }
        scheduleDelivered(id, request.path("from").asText(), recipients.get(0), request.path("content").asText());
    }

    private void answerError(HttpExchange exchange, int status, String code, String message) throws IOException {
        ObjectNode body = json.createObjectNode();
        body.put("message", message);
        body.put("code", code);
        body.put("status", status);
        answer(exchange, status, body.toString());
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
