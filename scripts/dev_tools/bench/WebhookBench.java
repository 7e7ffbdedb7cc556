// Webhook receiver throughput benchmark (issue 6, "Measure"). Run through webhook-bench.sh.
//
// Drops and recreates the database crm_webhook_bench on a local PostgreSQL (BENCH_DATABASE_URL overrides; its
// database name must contain "bench" since it is dropped), migrates it with FlywaySchemaMigrator, and wires the real
// receiver as bootstrap's OpenPhoneServices does: JdbiWebhookEventRepository + JdbiTransactionRunner + the Redis
// Streams job queue (BENCH_REDIS_URL, default redis://127.0.0.1:6379, under a fresh key prefix deleted afterwards;
// every new event queues its webhook.process job, which no worker consumes here) -> ReceiveWebhookService /
// RejectWebhookService -> OpenPhoneWebhookController with an OpenPhoneSignatureVerifier on a
// fixed base64 test key, on a pool of 10 connections like Infrastructure (-Dbench.pool). ONE Helidon WebServer
// (127.0.0.1, port 0) serves the controller at /webhooks/openphone and a bare POST /bare that reads the body and
// answers 200 {"received":true}.
//
// Every request carries a distinct message.received payload (unique event id), signed with the legacy scheme
// (openphone-signature: hmac;1;<ms>;<base64>) at "now": the signatures of a phase are made just before it starts
// (outside the timed window), since the verifier refuses timestamps more than five minutes away. 32 sender threads
// (-Dbench.senders), each with ITS OWN java.net.http.HttpClient (HTTP/1.1, one keep-alive connection per sender),
// take the next request from a shared counter and time client.send(...) until the response body is read.
//
// Phases: warm-up bare, warm-up webhook (-Dbench.warmup requests each, default 5,000), then measured bare, webhook,
// bare again (-Dbench.requests each, default 20,000); then a duplicate phase re-sends every event the webhook got
// (warm-up + measured), shuffled and freshly signed, and checks that the row count of webhook_events is unchanged.

import com.attackacrack.crm.adapters.in.webhook.openphone.OpenPhoneSignatureVerifier;
import com.attackacrack.crm.adapters.in.webhook.openphone.OpenPhoneWebhookController;
import com.attackacrack.crm.adapters.out.persistence.FlywaySchemaMigrator;
import com.attackacrack.crm.adapters.out.persistence.JdbiTransactionRunner;
import com.attackacrack.crm.adapters.out.persistence.JdbiWebhookEventRepository;
import com.attackacrack.crm.adapters.out.persistence.Jdbis;
import com.attackacrack.crm.adapters.out.persistence.PostgresDataSources;
import com.attackacrack.crm.adapters.out.persistence.PostgresUrl;
import com.attackacrack.crm.adapters.out.redis.RedisConnections;
import com.attackacrack.crm.adapters.out.redis.RedisStreamJobQueue;
import com.attackacrack.crm.application.service.webhook.ReceiveWebhookService;
import com.attackacrack.crm.application.service.webhook.RejectWebhookService;
import com.zaxxer.hikari.HikariDataSource;
import io.helidon.http.HttpMediaTypes;
import io.helidon.http.Status;
import io.helidon.webserver.WebServer;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jdbi.v3.core.Jdbi;

static final String KEY_BASE64 = "YmVuY2gtd2ViaG9vay1zaWduaW5nLWtleS0zMi1ieXRlcyE="; // "bench-webhook-signing-key-32-bytes!"
static final String TEMPLATE = """
        {"id":"%s","object":"event","apiVersion":"v3","createdAt":"2026-03-02T14:03:11.120Z","type":"message.received",\
        "data":{"object":{"id":"AC%032d","object":"message","from":"+1617555%04d","to":["+16175550100"],\
        "direction":"incoming","text":"Hi, saw your flyer. Can you look at a crack in my basement wall? (%d)",\
        "status":"received","createdAt":"2026-03-02T14:03:10.870Z","userId":"USagent0001",\
        "phoneNumberId":"PNlineMain01","conversationId":"CN%020d"}}}""";

record Signed(byte[] body, String signature) {
}

record Result(String name, int requests, double seconds, double[] sortedMillis, long non2xx, long errors,
        long duplicates) {

    double perSecond() {
        return requests / seconds;
    }
}

void main(String[] args) throws Exception {
    int requests = Integer.getInteger("bench.requests", 20_000);
    int warmUp = Integer.getInteger("bench.warmup", 5_000);
    int senders = Integer.getInteger("bench.senders", 32);
    int pool = Integer.getInteger("bench.pool", 10);
    String url = System.getenv().getOrDefault("BENCH_DATABASE_URL",
            "postgres://postgres@127.0.0.1:5432/crm_webhook_bench");
    PostgresUrl target = PostgresUrl.parse(url);
    recreateDatabase(target);

    String redisUrl = System.getenv().getOrDefault("BENCH_REDIS_URL", "redis://127.0.0.1:6379");
    String prefix = "crm-webhook-bench-" + ProcessHandle.current().pid() + ":";
    try (HikariDataSource dataSource = PostgresDataSources.create(target, pool, "crm-webhook-bench");
         RedisConnections redis = new RedisConnections(redisUrl)) {
        new FlywaySchemaMigrator(dataSource).migrate();
        Jdbi jdbi = Jdbis.create(dataSource);
        Clock clock = Clock.systemUTC();
        var events = new JdbiWebhookEventRepository(jdbi);
        var transactions = new JdbiTransactionRunner(jdbi);
        var jobs = new RedisStreamJobQueue(redis, prefix, clock);
        var controller = new OpenPhoneWebhookController(new ReceiveWebhookService(events, transactions, jobs),
                new RejectWebhookService(events, transactions), new OpenPhoneSignatureVerifier(KEY_BASE64, clock), clock);
        WebServer server = WebServer.builder()
                .featuresDiscoverServices(false)
                .host("127.0.0.1")
                .port(0)
                .shutdownHook(false)
                .routing(routing -> routing
                        .register(controller)
                        .post("/bare", (request, response) -> {
                            try (InputStream in = request.content().inputStream()) {
                                in.readAllBytes();
                            }
                            response.status(Status.OK_200);
                            response.headers().contentType(HttpMediaTypes.JSON_UTF_8);
                            response.send("{\"received\":true}");
                        }))
                .build()
                .start();
        try {
            URI bare = URI.create("http://127.0.0.1:" + server.port() + "/bare");
            URI webhook = URI.create("http://127.0.0.1:" + server.port() + OpenPhoneWebhookController.PATH);
            List<HttpClient> clients = new ArrayList<>();
            for (int i = 0; i < senders; i++) {
                clients.add(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(10)).build());
            }
            System.out.printf(Locale.ROOT, "%nHelidon WebServer on 127.0.0.1:%d; %d senders, one HttpClient (HTTP/1.1) each;"
                            + " Hikari pool %d; %d warm-up + %d measured requests per endpoint run; %d cores, Java %s.%n"
                            + "Load average at start (1/5/15 min): %s%n",
                    server.port(), senders, pool, warmUp, requests, Runtime.getRuntime().availableProcessors(),
                    Runtime.version(), loadAverage());

            // event ids: 0 .. warmUp-1 for the webhook warm-up, warmUp .. warmUp+requests-1 measured; the bare
            // endpoint gets payloads with ids of their own (offset 10,000,000) so every request body is distinct
            int bareBase = 10_000_000;
            run("warm-up bare", bare, clients, sign(payloads(bareBase, warmUp)));
            run("warm-up webhook", webhook, clients, sign(payloads(0, warmUp)));
            Result bare1 = run("bare (1st)", bare, clients, sign(payloads(bareBase + warmUp, requests)));
            Result hook = run("webhook", webhook, clients, sign(payloads(warmUp, requests)));
            Result bare2 = run("bare (2nd)", bare, clients, sign(payloads(bareBase + warmUp + requests, requests)));
            long rowsAfterFirst = count(jdbi, "webhook_events");
            long rejections = count(jdbi, "webhook_rejections");
            int distinctSent = warmUp + requests;

            List<byte[]> again = payloads(0, distinctSent);
            Collections.shuffle(again, new Random(6));
            Result duplicate = run("webhook duplicates (shuffled resend)", webhook, clients, sign(again));
            long rowsAfterDuplicates = count(jdbi, "webhook_events");

            List<Result> all = List.of(bare1, hook, bare2, duplicate);
            System.out.printf(Locale.ROOT, "%n| %-38s | %8s | %9s | %7s | %7s | %7s | %8s | %7s |%n", "run", "requests",
                    "req/s", "p50 ms", "p95 ms", "p99 ms", "max ms", "non-2xx");
            System.out.println("|" + "-".repeat(40) + "|----------|-----------|---------|---------|---------|----------|---------|");
            for (Result r : all) {
                System.out.printf(Locale.ROOT, "| %-38s | %,8d | %,9.0f | %7.2f | %7.2f | %7.2f | %8.2f | %7d |%n",
                        r.name(), r.requests(), r.perSecond(), pct(r.sortedMillis(), 50), pct(r.sortedMillis(), 95),
                        pct(r.sortedMillis(), 99), r.sortedMillis()[r.sortedMillis().length - 1], r.non2xx() + r.errors());
            }
            double bareMeanRate = (bare1.perSecond() + bare2.perSecond()) / 2;
            double bareMeanP99 = (pct(bare1.sortedMillis(), 99) + pct(bare2.sortedMillis(), 99)) / 2;
            double hookP99 = pct(hook.sortedMillis(), 99);
            System.out.printf(Locale.ROOT, "%nwebhook / bare throughput: %.3f vs 1st bare, %.3f vs 2nd bare, %.3f vs their mean"
                            + " (%,.0f req/s)%n",
                    hook.perSecond() / bare1.perSecond(), hook.perSecond() / bare2.perSecond(),
                    hook.perSecond() / bareMeanRate, bareMeanRate);
            System.out.printf(Locale.ROOT, "webhook / bare p99:        %.2f vs 1st bare, %.2f vs 2nd bare, %.2f vs their mean"
                            + " (%.2f ms)%n",
                    hookP99 / pct(bare1.sortedMillis(), 99), hookP99 / pct(bare2.sortedMillis(), 99), hookP99 / bareMeanP99,
                    bareMeanP99);
            long non2xx = all.stream().mapToLong(r -> r.non2xx() + r.errors()).sum();
            System.out.printf(Locale.ROOT, "%nwebhook_events rows after the webhook runs: %,d (distinct events sent: %,d = %,d warm-up"
                            + " + %,d measured) -> %s%n", rowsAfterFirst, distinctSent, warmUp, requests,
                    rowsAfterFirst == distinctSent ? "OK" : "MISMATCH");
            System.out.printf(Locale.ROOT, "webhook answers saying duplicate:true: %,d in the measured run (want 0), %,d of %,d in the"
                    + " duplicate run (want all)%n", hook.duplicates(), duplicate.duplicates(), duplicate.requests());
            System.out.printf(Locale.ROOT, "webhook_events rows after re-sending all %,d events shuffled: %,d -> %s%n", distinctSent,
                    rowsAfterDuplicates, rowsAfterDuplicates == rowsAfterFirst ? "unchanged, OK" : "CHANGED");
            System.out.printf(Locale.ROOT, "webhook_rejections rows: %,d (want 0)%n", rejections);
            System.out.printf(Locale.ROOT, "webhook.process jobs queued in Redis: %,d (want %,d, one per new event)%n",
                    jobs.depth().ready(), distinctSent);
            System.out.printf(Locale.ROOT, "non-2xx answers or failed requests over the measured and duplicate runs: %d (want 0)%n",
                    non2xx);
            System.out.println("Load average at the end (1/5/15 min, " + Runtime.getRuntime().availableProcessors() + " cores): "
                    + loadAverage());
        } finally {
            server.stop();
            var keys = redis.shared().sync().keys(prefix + "*");
            if (!keys.isEmpty()) {
                redis.shared().sync().del(keys.toArray(String[]::new));
            }
        }
    }
}

List<byte[]> payloads(int firstId, int count) {
    List<byte[]> bodies = new ArrayList<>(count);
    for (int i = firstId; i < firstId + count; i++) {
        bodies.add(String.format(Locale.ROOT, TEMPLATE, String.format(Locale.ROOT, "EVbench%010d", i), i, i % 10_000, i, i)
                .getBytes(StandardCharsets.UTF_8));
    }
    return bodies;
}

List<Signed> sign(List<byte[]> bodies) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(Base64.getDecoder().decode(KEY_BASE64), "HmacSHA256"));
    long now = System.currentTimeMillis();
    byte[] prefix = (now + ".").getBytes(StandardCharsets.UTF_8);
    List<Signed> signed = new ArrayList<>(bodies.size());
    for (byte[] body : bodies) {
        mac.update(prefix);
        String digest = Base64.getEncoder().encodeToString(mac.doFinal(body));
        signed.add(new Signed(body, "hmac;1;" + now + ";" + digest));
    }
    return signed;
}

Result run(String name, URI uri, List<HttpClient> clients, List<Signed> work) throws Exception {
    int n = work.size();
    double[] millis = new double[n];
    AtomicInteger next = new AtomicInteger();
    AtomicLong non2xx = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    AtomicLong duplicates = new AtomicLong();
    List<Thread> threads = new ArrayList<>();
    long started = System.nanoTime();
    for (HttpClient client : clients) {
        threads.add(Thread.ofPlatform().name("sender").start(() -> {
            for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                Signed s = work.get(i);
                HttpRequest request = HttpRequest.newBuilder(uri)
                        .timeout(Duration.ofSeconds(60))
                        .header("content-type", "application/json")
                        .header("openphone-signature", s.signature())
                        .POST(HttpRequest.BodyPublishers.ofByteArray(s.body()))
                        .build();
                long t0 = System.nanoTime();
                try {
                    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                    millis[i] = (System.nanoTime() - t0) / 1e6;
                    if (response.statusCode() / 100 != 2) {
                        if (non2xx.getAndIncrement() < 5) {
                            System.err.println(name + ": HTTP " + response.statusCode() + " " + response.body());
                        }
                    } else if (response.body().contains("\"duplicate\":true")) {
                        duplicates.incrementAndGet();
                    }
                } catch (Exception e) {
                    millis[i] = (System.nanoTime() - t0) / 1e6;
                    if (errors.getAndIncrement() < 5) {
                        System.err.println(name + ": " + e);
                    }
                }
            }
        }));
    }
    for (Thread thread : threads) {
        thread.join();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    Arrays.sort(millis);
    Result result = new Result(name, n, seconds, millis, non2xx.get(), errors.get(), duplicates.get());
    System.out.printf(Locale.ROOT, "  %-38s %,7d requests in %6.2f s: %,8.0f req/s  p50 %6.2f  p95 %6.2f  p99 %6.2f"
                    + "  max %7.2f ms  non-2xx %d  errors %d  duplicate:true %d  (load %s)%n",
            name, n, seconds, result.perSecond(), pct(millis, 50), pct(millis, 95), pct(millis, 99),
            millis[n - 1], result.non2xx(), result.errors(), result.duplicates(), loadAverage());
    return result;
}

long count(Jdbi jdbi, String table) {
    return jdbi.withHandle(h -> h.createQuery("select count(*) from " + table).mapTo(Long.class).one());
}

double pct(double[] sorted, int p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
}

String loadAverage() {
    try {
        String[] parts = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
        return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (java.io.IOException | RuntimeException e) {
        return "unknown";
    }
}

void recreateDatabase(PostgresUrl target) throws Exception {
    String database = target.database();
    if (!database.matches("[a-z_][a-z0-9_]*") || !database.contains("bench")) {
        throw new IllegalArgumentException("the database is dropped and recreated, so its name must match [a-z_][a-z0-9_]*"
                + " and contain \"bench\": " + database);
    }
    String adminUrl = target.withDatabase("postgres").jdbcUrl();
    try (Connection connection = DriverManager.getConnection(adminUrl, target.username(), target.password());
         var statement = connection.createStatement()) {
        statement.execute("drop database if exists " + database + " with (force)");
        statement.execute("create database " + database);
    }
    System.out.println("Recreated database " + database + ".");
}
