package com.attackacrack.crm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.adapters.out.persistence.PostgresUrl;
import com.attackacrack.crm.adapters.out.persistence.testing.TestDatabase;
import com.attackacrack.crm.adapters.out.redis.JobStreamKeys;
import com.attackacrack.crm.adapters.out.redis.RedisConnections;
import com.attackacrack.crm.adapters.out.redis.RedisStreamJobQueue;
import com.attackacrack.crm.application.port.out.JobRequest;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Settings → System against real processes: serve, a worker and a scheduler on a fresh database and Redis; the page
 * shows the applied schema version, both heartbeats and the queue's depth per job type, and a marketer is refused.
 */
class SystemPageBrowserTest {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    @TempDir
    Path dataDir;

    @Test
    void anAdminSeesTheLiveSystemAndAMarketerIsRefused() throws Exception {
        int port = ServeEndToEndTest.freePort();
        PostgresUrl database = TestDatabase.freshDatabase("crm_browser_system");
        Map<String, String> env = InviteSignUpBrowserTest.givenEnvironment(database, port, dataDir);
        try (CrmProcess serve = CrmProcess.start(Main.class.getName(), env, "serve")) {
            serve.awaitOutput("Attack-a-Crack CRM is ready", START_TIMEOUT);
            try (CrmProcess worker = CrmProcess.start(Main.class.getName(), env, "worker");
                 CrmProcess scheduler = CrmProcess.start(Main.class.getName(), env, "scheduler")) {
                worker.await(() -> heartbeats(database, "worker") > 0 && heartbeats(database, "scheduler") > 0,
                        START_TIMEOUT, "worker and scheduler heartbeat rows");
                givenJobsWaiting(env);
                String admin = InviteSignUpBrowserTest.inviteByCli(env, "ada.admin@example.com", "admin");
                String marketer = InviteSignUpBrowserTest.inviteByCli(env, "mark.marketer@example.com", "marketer");
                try (Browser browser = Browser.open("system", "http://localhost:" + port)) {
                    InviteSignUpBrowserTest.signUp(browser, admin, "Ada", "Admin");
                    browser.go("/settings/users");
                    browser.click("#settings-system");
                    browser.waitForPath("/settings/system");
                    browser.screenshot("system-page");

                    assertThat(browser.textOf("#db-schema-version")).isEqualTo(schemaVersion(database));
                    assertThat(browser.textOf("#system-database .crm-system-status")).isEqualTo("Reachable");
                    assertThat(browser.textOf("#system-redis .crm-system-status")).isEqualTo("Reachable");
                    assertThat(browser.textOf("#build-environment")).isEqualTo("test");
                    assertThat(browser.textOf("tr.crm-process[data-role=worker] .crm-process-status")).isEqualTo("Fresh");
                    assertThat(browser.textOf("tr.crm-process[data-role=scheduler] .crm-process-status")).isEqualTo("Fresh");
                    assertThat(browser.text()).doesNotContain("No scheduler has reported");
                    assertThat(browser.textOf("tr.crm-queue-type[data-type='campaign.send'] .crm-delayed")).isEqualTo("2");
                    assertThat(browser.textOf("tr.crm-queue-type[data-type='import.run'] .crm-delayed")).isEqualTo("1");
                    assertThat(browser.textOf("tr.crm-queue-type[data-type='webhook.process'] .crm-dead")).isEqualTo("1");
                    assertThat(browser.textOf("#queue-totals .crm-delayed")).isEqualTo("3");
                    browser.assertAccessible("system");
                    browser.script("document.getElementById('system-queue').scrollIntoView({behavior: 'instant'});");
                    browser.screenshot("system-queue-and-processes");
                    browser.script("window.scrollTo({top: 0, behavior: 'instant'});");

                    browser.click("form[action='/logout'] button");
                    browser.waitForPath("/login");
                    InviteSignUpBrowserTest.signUp(browser, marketer, "Mark", "Marketer");
                    assertThat(browser.script("return document.querySelectorAll('#nav-settings').length;")).isEqualTo(0L);
                    browser.go("/settings/system");
                    assertThat(browser.text()).contains("Your account does not have access to this page");
                }
            }
        }
    }

    private static void givenJobsWaiting(Map<String, String> env) {
        String prefix = env.get("REDIS_KEY_PREFIX");
        try (RedisConnections redis = new RedisConnections(env.get("REDIS_URL"))) {
            RedisStreamJobQueue queue = new RedisStreamJobQueue(redis, prefix, Clock.systemUTC());
            Instant later = Instant.now().plus(Duration.ofHours(1));
            queue.enqueueAt(new JobRequest("campaign.send", Map.of("n", "1")), later);
            queue.enqueueAt(new JobRequest("campaign.send", Map.of("n", "2")), later);
            queue.enqueueAt(new JobRequest("import.run", Map.of("n", "3")), later);
            redis.shared().sync().xadd(new JobStreamKeys(prefix).dead(), Map.of("type", "webhook.process",
                    "attempt", "5", "enqueuedAt", Instant.now().toString(), "error", "boom"));
        }
    }

    private static long heartbeats(PostgresUrl database, String role) {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
             ResultSet rows = connection.createStatement().executeQuery(
                     "select count(*) from process_heartbeats where role = '" + role + "'")) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            return 0;
        }
    }

    private static String schemaVersion(PostgresUrl database) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
             ResultSet rows = connection.createStatement().executeQuery("select version from flyway_schema_history"
                     + " where success and version is not null order by installed_rank desc limit 1")) {
            assertThat(rows.next()).isTrue();
            return rows.getString(1);
        }
    }
}
