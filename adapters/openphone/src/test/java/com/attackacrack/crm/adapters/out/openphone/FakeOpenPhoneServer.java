package com.attackacrack.crm.adapters.out.openphone;

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
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for OpenPhone's REST API on a free local port, for tests and local development: {@code POST /v1/messages}
 * checks the {@code Authorization} header against the configured key (401 otherwise), enforces a per-second rate with
 * real 429s (a sliding one-second window over the requests it let through), can answer the next requests with a given
 * status and JSON error body or stall them, records every accepted message and answers 202 with
 * {@code {"data":{"id":"AC<n>","status":"queued",...}}}. It serves only the REST side: it does not send webhooks back.
 */
public final class FakeOpenPhoneServer implements AutoCloseable {

    /** One message the server accepted, as it arrived. */
    public record ReceivedMessage(String id, List<String> to, String from, String content, String authorization, String json) {
    }

    /** A canned answer for the next requests. */
    private record Scripted(int status, String body, Duration stall) {
    }

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
    private final List<ReceivedMessage> received = new CopyOnWriteArrayList<>();
    private final List<Long> acceptedAtNanos = new CopyOnWriteArrayList<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger tooManyRequests = new AtomicInteger();
    private final AtomicInteger ids = new AtomicInteger();
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
                scripted.add(new Scripted(status, rawBody, Duration.ZERO));
            }
        }
    }

    /** Holds the next {@code count} authorized requests for {@code stall} before handling them normally. */
    public void stallNext(int count, Duration stall) {
        synchronized (lock) {
            for (int i = 0; i < count; i++) {
                scripted.add(new Scripted(0, null, stall));
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

    /** Every request that reached the server, whatever it was answered. */
    public int requestCount() {
        return requests.get();
    }

    /** How many requests were answered 429 by the rate limit. */
    public int tooManyRequestsCount() {
        return tooManyRequests.get();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            requests.incrementAndGet();
            byte[] raw;
            try (InputStream in = exchange.getRequestBody()) {
                raw = in.readAllBytes();
            }
            if (!exchange.getRequestURI().getPath().equals("/v1/messages")) {
                answerError(exchange, 404, "0404000", "Not found");
                return;
            }
            if (!exchange.getRequestMethod().equals("POST")) {
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
                next = scripted.poll();
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
            accept(exchange, new String(raw, StandardCharsets.UTF_8), authorization);
        }
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

    private void accept(HttpExchange exchange, String body, String authorization) throws IOException {
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
        answer(exchange, 202, answer.toString());
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
