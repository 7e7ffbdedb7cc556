package com.attackacrack.crm.adapters.in.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.adapters.out.metrics.CrmMetrics;
import com.attackacrack.crm.application.port.out.JobQueue;
import com.attackacrack.crm.application.port.out.JobRequest;
import com.attackacrack.crm.application.port.out.OperationsMetrics;
import com.attackacrack.crm.application.port.out.OperationsMetrics.JobOutcome;
import com.attackacrack.crm.application.port.out.OperationsMetrics.SmsKind;
import com.attackacrack.crm.application.port.out.OperationsMetrics.WebhookOutcome;
import com.attackacrack.crm.application.port.out.SharedCounters;
import com.attackacrack.crm.application.port.out.SmsSendResult;
import io.helidon.http.ForbiddenException;
import io.helidon.webserver.WebServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code /metrics} on a real Helidon server with the HTTP filter, over in-memory shared counters and queue. */
class MetricsEndpointTest {

    private static final String TOKEN = "test-token-0123456789abcdef";
    private static final InMemoryCounters COUNTERS = new InMemoryCounters();
    private static final CrmMetrics METRICS = new CrmMetrics(COUNTERS, new FixedQueue());
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static WebServer server;

    @BeforeAll
    static void start() {
        RouteNames routes = RouteNames.of(List.of(new RouteNames.Route("GET", "/contacts/{id}"),
                new RouteNames.Route("GET", MetricsEndpoint.PATH)));
        server = WebServer.builder().port(0).featuresDiscoverServices(false).routing(routing -> routing
                .addFilter(new HttpMetricsFilter(METRICS.registry(), routes))
                .addFilter((chain, request, response) -> {
                    if (request.prologue().uriPath().path().equals("/forbidden")) {
                        throw new ForbiddenException("no");
                    }
                    chain.proceed();
                })
                .register(new MetricsEndpoint(METRICS::scrape, TOKEN))
                .get("/contacts/{id}", (request, response) -> response.send("contact"))).build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        METRICS.close();
    }

    @Test
    void withoutTheRightTokenTheAnswerIs401() throws Exception {
        assertThat(get(MetricsEndpoint.PATH, null).statusCode()).isEqualTo(401);
        assertThat(get(MetricsEndpoint.PATH, "Bearer wrong-token-0123456789abcdef").statusCode()).isEqualTo(401);
        assertThat(get(MetricsEndpoint.PATH, "Bearer ").statusCode()).isEqualTo(401);
        assertThat(get(MetricsEndpoint.PATH, "Basic " + TOKEN).statusCode()).isEqualTo(401);
    }

    @Test
    void theScrapeHasEveryFamilyWithBoundedLabels() throws Exception {
        OperationsMetrics operations = METRICS.operations();
        operations.jobFinished("import.run", JobOutcome.COMPLETED, Duration.ofMillis(1500));
        operations.jobFinished("import.run", JobOutcome.FAILED, Duration.ofMillis(500));
        operations.jobFinished("Weird Type/123", JobOutcome.COMPLETED, Duration.ofMillis(1));
        operations.smsSent(SmsKind.CAMPAIGN, SmsSendResult.Outcome.ACCEPTED);
        operations.smsSent(SmsKind.REPLY, SmsSendResult.Outcome.REJECTED);
        operations.importRowsApplied(5_000);
        operations.webhookReceived(WebhookOutcome.ACCEPTED, Duration.ofMillis(12));
        get("/contacts/123456", null);
        get("/contacts/987654", null);
        get("/no/such/page/42", null);
        get("/forbidden", null);

        HttpResponse<String> scrape = get(MetricsEndpoint.PATH, "Bearer " + TOKEN);

        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
        String body = scrape.body();
        assertThat(body).contains("jvm_memory_used_bytes", "jvm_threads_live_threads", "jvm_classes_loaded_classes",
                "process_uptime_seconds", "system_cpu_count");
        assertThat(body).contains("crm_jobs_seconds_count{outcome=\"completed\",type=\"import.run\"} 1",
                "crm_jobs_seconds_sum{outcome=\"completed\",type=\"import.run\"} 1.5",
                "crm_jobs_seconds_count{outcome=\"failed\",type=\"import.run\"} 1",
                "crm_jobs_seconds_count{outcome=\"completed\",type=\"other\"} 1");
        assertThat(body).contains("crm_sms_total{kind=\"campaign\",outcome=\"sent\"} 1",
                "crm_sms_total{kind=\"reply\",outcome=\"rejected\"} 1", "crm_import_rows_total 5000");
        assertThat(body).contains("crm_webhooks_received_seconds_count{outcome=\"accepted\"} 1",
                "crm_webhooks_received_seconds_count{outcome=\"duplicate\"} 0");
        assertThat(body).contains("crm_queue_depth{state=\"ready\"} 3", "crm_queue_depth{state=\"dead_letters\"} 1",
                "crm_queue_depth_by_type{state=\"ready\",type=\"message.send\"} 3");
        assertThat(body).contains("http_server_requests_seconds_count{method=\"GET\",route=\"/contacts/{id}\",status=\"2xx\"} 2",
                "http_server_requests_seconds_count{method=\"GET\",route=\"unmatched\",status=\"4xx\"} 2");
        assertThat(body).doesNotContain("123456", "987654", "/no/such", "Weird");
    }

    private static HttpResponse<String> get(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return CLIENT.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Shared counters in memory (the Redis ones are tested in the Redis adapter). */
    private static final class InMemoryCounters implements SharedCounters {
        private final Map<String, Map<String, Long>> counters = new ConcurrentHashMap<>();

        @Override
        public void add(String counter, String field, long amount) {
            counters.computeIfAbsent(counter, c -> new ConcurrentHashMap<>()).merge(field, amount, Long::sum);
        }

        @Override
        public Map<String, Long> read(String counter) {
            return Map.copyOf(counters.getOrDefault(counter, Map.of()));
        }
    }

    /** A queue with three ready replies and one dead letter. */
    private static final class FixedQueue implements JobQueue {
        @Override
        public String enqueue(JobRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String enqueueAt(JobRequest request, Instant runAt) {
            throw new UnsupportedOperationException();
        }

        @Override
        public QueueDepth depth() {
            return new QueueDepth(3, 0, 0, 1);
        }

        @Override
        public DepthByType depthByType(int limit) {
            return new DepthByType(Map.of("message.send", new QueueDepth(3, 0, 0, 0),
                    "heartbeat", new QueueDepth(0, 0, 0, 1)), Set.of());
        }
    }
}
