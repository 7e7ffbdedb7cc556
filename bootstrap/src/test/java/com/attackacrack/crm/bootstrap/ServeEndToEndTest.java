package com.attackacrack.crm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.adapters.out.persistence.PostgresUrl;
import com.attackacrack.crm.adapters.out.persistence.testing.TestDatabase;
import com.attackacrack.crm.adapters.out.redis.testing.TestRedis;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the real {@code crm} entry point in child JVMs against real PostgreSQL and Redis, as an operator would. */
class ServeEndToEndTest {

    /** A JVM stopped by SIGTERM exits 128 + 15 even when its shutdown hooks finish cleanly. */
    private static final int SIGTERM_EXIT = 143;
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @TempDir
    Path dataDir;

    @Test
    void serveMigratesServesHealthAndTheHomePageThenStopsCleanly() throws Exception {
        PostgresUrl database = TestDatabase.freshDatabase("crm_e2e_serve");
        int port = freePort();
        try (CrmProcess serve = CrmProcess.start(Main.class.getName(), givenEnvironment(database, port), "serve")) {
            serve.awaitOutput("Attack-a-Crack CRM is ready", START_TIMEOUT);
            serve.await(() -> status(port, "/health") == 200, Duration.ofSeconds(30), "/health 200");

            HttpResponse<String> health = get(port, "/health");
            assertThat(health.body()).contains("\"status\":\"UP\"", "\"database\"", "\"redis\"", "\"worker\"");
            HttpResponse<String> home = get(port, "/");
            assertThat(home.statusCode()).isEqualTo(302);
            assertThat(home.headers().firstValue("Location")).hasValueSatisfying(v -> assertThat(v).startsWith("/login"));
            HttpResponse<String> login = get(port, "/login");
            assertThat(login.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
            assertThat(login.body()).contains("Attack-a-Crack CRM", "type=\"password\"");
            assertThat(serve.output()).contains("No user exists yet", "/invite/");
            assertThat(status(port, "/no-such-page")).as("signed-out visitors to unknown paths go to login").isEqualTo(302);
            assertThat(countWorkerHeartbeats(database)).isPositive();
            assertThat(serve.output()).contains("14 migration(s) applied now");

            assertThat(serve.terminate(Duration.ofSeconds(30))).isIn(0, SIGTERM_EXIT);
            assertThat(serve.output()).contains("Stopped crm serve");
        }
    }

    @Test
    void restartKeepsTheDataAndAppliesNoMigrationTwice() throws Exception {
        PostgresUrl database = TestDatabase.freshDatabase("crm_e2e_restart");
        Map<String, String> env = givenEnvironment(database, freePort());
        try (CrmProcess first = CrmProcess.start(Main.class.getName(), env, "migrate")) {
            assertThat(first.waitForExit(START_TIMEOUT)).isZero();
            assertThat(first.output()).contains("Applied 14 migrations; schema is at version 14.");
        }
        try (CrmProcess second = CrmProcess.start(Main.class.getName(), env, "migrate")) {
            assertThat(second.waitForExit(START_TIMEOUT)).isZero();
            assertThat(second.output()).contains("Applied 0 migrations; schema is at version 14.");
        }
    }

    @Test
    void workerProcessRecordsItsHeartbeatThroughTheQueueAndLogsJsonLines() throws Exception {
        PostgresUrl database = TestDatabase.freshDatabase("crm_e2e_worker");
        Map<String, String> env = givenEnvironment(database, freePort());
        env.put("LOG_FORMAT", "json");
        try (CrmProcess migrate = CrmProcess.start(Main.class.getName(), env, "migrate")) {
            assertThat(migrate.waitForExit(START_TIMEOUT)).isZero();
        }
        try (CrmProcess worker = CrmProcess.start(Main.class.getName(), env, "worker")) {
            worker.await(() -> countWorkerHeartbeats(database) > 0, START_TIMEOUT, "a worker heartbeat row");

            assertThat(worker.terminate(Duration.ofSeconds(30))).isIn(0, SIGTERM_EXIT);
            assertThat(worker.output()).contains("Stopped crm worker");
            assertThat(worker.output().lines().filter(line -> !line.isBlank()))
                    .isNotEmpty()
                    .allSatisfy(line -> assertThat(line).startsWith("{").endsWith("}").contains("\"level\":"));
        }
    }

    @Test
    void productionWithNothingSetExitsNamingEveryMissingVariable() throws Exception {
        try (CrmProcess serve = CrmProcess.start(Main.class.getName(), Map.of("CRM_ENV", "production"), "serve")) {
            assertThat(serve.waitForExit(Duration.ofSeconds(60))).isEqualTo(CrmCli.EXIT_CONFIG);
            assertThat(serve.output()).contains("DATABASE_URL", "REDIS_URL", "PUBLIC_BASE_URL", "SESSION_SECRET",
                    "OPENPHONE_API_KEY", "OPENPHONE_PHONE_NUMBER_ID", "OPENPHONE_WEBHOOK_SIGNING_KEY");
        }
    }

    private Map<String, String> givenEnvironment(PostgresUrl database, int port) {
        Map<String, String> env = new HashMap<>();
        env.put("CRM_ENV", "test");
        env.put("PORT", Integer.toString(port));
        env.put("DATABASE_URL", asUrl(database));
        env.put("REDIS_URL", TestRedis.get().url());
        env.put("REDIS_KEY_PREFIX", TestRedis.get().newPrefix());
        env.put("CRM_DATA_DIR", dataDir.toString());
        return env;
    }

    static String asUrl(PostgresUrl url) {
        String credentials = url.username() == null ? ""
                : url.username() + (url.password() == null ? "" : ":" + url.password()) + "@";
        return "postgres://" + credentials + url.host() + ":" + url.port() + "/" + url.database();
    }

    private static long countWorkerHeartbeats(PostgresUrl database) {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
             ResultSet rows = connection.createStatement().executeQuery(
                     "select count(*) from process_heartbeats where role = 'worker'")) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            return 0;
        }
    }

    private int status(int port, String path) {
        try {
            return get(port, path).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html").timeout(Duration.ofSeconds(5)).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
