package com.attackacrack.crm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.adapters.out.persistence.PostgresUrl;
import com.attackacrack.crm.adapters.out.persistence.testing.TestDatabase;
import com.attackacrack.crm.adapters.out.openphone.WebhookSigner;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code GET /metrics} on a running {@code crm serve} (with its in-process worker): refused without the bearer token,
 * and with it the scrape shows a received webhook, the worker's {@code webhook.process} job, the HTTP route pattern
 * and the JVM and pool meters, so the counters really move across the process's real collaborators.
 */
class MetricsEndToEndTest {

    /** The fixture key of ../shared/fixtures/openphone/signature-vectors.json (not a secret). */
    private static final String KEY = FakeOpenPhoneSetup.SIGNING_KEY;
    private static final String TOKEN = "metrics-token-for-the-end-to-end-test";
    private static final String BODY = "{\"id\":\"EVmetrics1\",\"object\":\"event\",\"type\":\"message.received\","
            + "\"data\":{\"object\":{\"id\":\"ACmetrics1\",\"from\":\"+16175550199\",\"to\":[\"+16175550100\"],"
            + "\"body\":\"Do you fix basement cracks?\",\"direction\":\"incoming\"}}}";

    @TempDir
    Path dataDir;

    @Test
    void theScrapeNeedsTheTokenAndShowsWebhooksJobsRoutesAndTheJvm() throws Exception {
        int port = ServeEndToEndTest.freePort();
        PostgresUrl database = TestDatabase.freshDatabase("crm_metrics");
        Map<String, String> env = InviteSignUpBrowserTest.givenEnvironment(database, port, dataDir);
        env.put("OPENPHONE_WEBHOOK_SIGNING_KEY", KEY);
        env.put("CRM_METRICS_TOKEN", TOKEN);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        try (CrmProcess serve = CrmProcess.start(Main.class.getName(), env, "serve")) {
            serve.awaitOutput("Attack-a-Crack CRM is ready", Duration.ofSeconds(90));
            URI base = URI.create("http://localhost:" + port);

            HttpRequest.Builder delivery = HttpRequest.newBuilder(base.resolve("/webhooks/openphone"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(BODY));
            new WebhookSigner(KEY).legacy(WebhookSigner.utf8(BODY), System.currentTimeMillis()).forEach(delivery::header);
            HttpResponse<String> webhook = client.send(delivery.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(webhook.statusCode()).isEqualTo(200);

            assertThat(scrape(client, base, null).statusCode()).isEqualTo(401);
            assertThat(scrape(client, base, "wrong-token-of-enough-length").statusCode()).isEqualTo(401);

            String processed = "crm_jobs_seconds_count{outcome=\"completed\",type=\"webhook.process\"} 1";
            String body = awaitScrapeContaining(client, base, processed);
            assertThat(body).contains(
                    "crm_webhooks_received_seconds_count{outcome=\"accepted\"} 1",
                    "route=\"/webhooks/openphone\"",
                    "crm_queue_depth{state=\"dead_letters\"} 0",
                    "jvm_memory_used_bytes",
                    "hikaricp_connections");
            assertThat(body).doesNotContain("ACmetrics1", "EVmetrics1");
        }
    }

    private static String awaitScrapeContaining(HttpClient client, URI base, String expected) throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        String body = "";
        while (Instant.now().isBefore(deadline)) {
            HttpResponse<String> response = scrape(client, base, TOKEN);
            assertThat(response.statusCode()).isEqualTo(200);
            body = response.body();
            if (body.contains(expected)) {
                return body;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the scrape never showed " + expected + "; last scrape:\n" + body);
    }

    private static HttpResponse<String> scrape(HttpClient client, URI base, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("/metrics")).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
