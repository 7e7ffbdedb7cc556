package com.attackacrack.crm.adapters.out.openphone;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one request through an HTTP client to a throwaway server on the loopback interface when a gateway is built,
 * so the JDK's HTTP stack is loaded before the first real send. A cold first request can take a few hundred
 * milliseconds on a busy machine; if that happens after a rate slot was granted, the request reaches OpenPhone late and
 * can land in the same second as the next ten, which OpenPhone answers with 429. Nothing leaves the machine.
 */
final class HttpStackWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(HttpStackWarmUp.class);

    private HttpStackWarmUp() {
    }

    /** Warms {@code http} up; a failure is logged and otherwise ignored (the first real send is then just slower). */
    static void warm(HttpClient http) {
        long started = System.nanoTime();
        HttpServer server = null;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", exchange -> {
                try (InputStream body = exchange.getRequestBody()) {
                    body.readAllBytes();
                }
                byte[] answer = "{\"data\":{}}".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(202, answer.length);
                exchange.getResponseBody().write(answer);
                exchange.close();
            });
            server.start();
            URI uri = URI.create("http://" + InetAddress.getLoopbackAddress().getHostAddress() + ":"
                    + server.getAddress().getPort() + "/warm-up");
            http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"content\":\"warm-up\"}")).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            LOG.debug("HTTP stack warmed up in {} ms", (System.nanoTime() - started) / 1_000_000);
        } catch (IOException | RuntimeException e) {
            LOG.debug("HTTP stack warm-up failed: {}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (server != null) {
                server.stop(0);
            }
        }
    }
}
