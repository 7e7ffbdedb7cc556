package com.attackacrack.crm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.adapters.out.redis.testing.Poll;
import com.attackacrack.crm.bootstrap.config.ConfigLoader;
import com.attackacrack.crm.bootstrap.config.CrmConfig;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Sentry receives ERROR log events with the release and environment tags, sent to a fake Sentry on loopback. */
class SentrySetupTest {

    private final List<String> envelopes = new CopyOnWriteArrayList<>();
    private HttpServer fakeSentry;

    @AfterEach
    void stopFakeSentry() {
        if (fakeSentry != null) {
            fakeSentry.stop(0);
        }
    }

    @Test
    void errorLogEventsAreReportedWithReleaseAndEnvironment() throws Exception {
        int port = givenFakeSentry();
        CrmConfig config = ConfigLoader.load(Map.of("CRM_ENV", "test",
                "SENTRY_DSN", "http://publickey@127.0.0.1:" + port + "/42"));

        try (AutoCloseable sentry = SentrySetup.init(config, new BuildInfo("9.9.9", "now"), "serve")) {
            LoggerFactory.getLogger("sentry-check").error("boom from the sentry test");
            Poll.until(Duration.ofSeconds(20), "an envelope at the fake Sentry",
                    () -> envelopes.stream().anyMatch(e -> e.contains("boom from the sentry test")));
        }

        String envelope = envelopes.stream().filter(e -> e.contains("boom")).findFirst().orElseThrow();
        assertThat(envelope).contains("crm@9.9.9", "\"environment\":\"test\"");
    }

    @Test
    void withoutADsnNothingIsStarted() throws Exception {
        CrmConfig config = ConfigLoader.load(Map.of("CRM_ENV", "test"));

        try (AutoCloseable sentry = SentrySetup.init(config, new BuildInfo("1", "now"), "serve")) {
            assertThat(io.sentry.Sentry.isEnabled()).isFalse();
        }
    }

    private int givenFakeSentry() throws IOException {
        fakeSentry = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        fakeSentry.createContext("/api/42/envelope/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            boolean gzip = "gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"));
            envelopes.add(decode(body, gzip));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        fakeSentry.start();
        return fakeSentry.getAddress().getPort();
    }

    private static String decode(byte[] body, boolean gzip) throws IOException {
        if (!gzip) {
            return new String(body, StandardCharsets.UTF_8);
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
