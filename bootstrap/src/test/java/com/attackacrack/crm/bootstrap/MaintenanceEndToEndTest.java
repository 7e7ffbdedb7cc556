package com.attackacrack.crm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.adapters.out.persistence.PostgresUrl;
import com.attackacrack.crm.adapters.out.persistence.testing.TestDatabase;
import com.attackacrack.crm.adapters.out.redis.RedisRecurringTaskClaims;
import com.attackacrack.crm.adapters.out.redis.RedisStreamJobQueue;
import com.attackacrack.crm.adapters.out.redis.testing.TestRedis;
import com.attackacrack.crm.application.port.in.campaign.RunSchedulerTickUseCase.TickReport;
import com.attackacrack.crm.application.port.out.JobQueue;
import com.attackacrack.crm.application.port.out.LeaderLock;
import com.attackacrack.crm.application.service.maintenance.ScheduleMaintenanceService;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The purge end to end: {@code crm maintenance purge} through the real CLI, wiring, configuration and PostgreSQL
 * (what it prints is what was deleted, what must stay stays), and the scheduler's daily {@code maintenance.purge} job
 * queued once however often it ticks and however often it restarts (claims and queue in the test Redis).
 */
class MaintenanceEndToEndTest {

    private static final Duration FAST = Duration.ofMillis(20);

    private final TestRedis redis = TestRedis.get();
    private final String prefix = redis.newPrefix();
    private final List<SchedulerRuntime> started = new ArrayList<>();

    @AfterEach
    void stop() {
        started.forEach(SchedulerRuntime::close);
        redis.deleteKeys(prefix);
    }

    @Test
    void purgeDeletesWhatEndedPrintsTheCountsAndKeepsWhatIsStillInUse() throws Exception {
        PostgresUrl database = TestDatabase.freshDatabase("crm_purge_cli");
        Map<String, String> env = Map.of("DATABASE_URL", ServeEndToEndTest.asUrl(database), "REDIS_URL", redis.url(),
                "REDIS_KEY_PREFIX", prefix, "CRM_PURGE_INVITE_RETENTION_DAYS", "10");
        assertThat(crm(env, "migrate").exit()).isZero();
        execute(database, """
                insert into users (email, first_name, last_name, password_hash, role, created_at, updated_at)
                values ('ann@example.com', 'Ann', 'Archer', 'hash', 'admin', now() - interval '100 days', now());
                insert into sessions (id_hash, user_id, csrf_token, created_at, expires_at, revoked_at) values
                  ('expired', 1, 'c', now() - interval '20 days', now() - interval '6 days', null),
                  ('revoked', 1, 'c', now() - interval '2 days', now() + interval '12 days', now() - interval '1 hour'),
                  ('live', 1, 'c', now(), now() + interval '14 days', null);
                insert into invites (email, role, token_hash, created_at, expires_at, used_at, revoked_at) values
                  ('pending@example.com', 'marketer', 'pending', now(), now() + interval '7 days', null, null),
                  ('used-long-ago@example.com', 'marketer', 'used-old', now() - interval '40 days',
                   now() - interval '33 days', now() - interval '11 days', null),
                  ('used-recently@example.com', 'marketer', 'used-new', now() - interval '12 days',
                   now() - interval '5 days', now() - interval '9 days', null),
                  ('expired@example.com', 'marketer', 'expired', now() - interval '40 days',
                   now() - interval '33 days', null, null);
                insert into webhook_events (event_id, type, scheme, payload, status, received_at, processed_at) values
                  ('processed-old', 'message.received', 'standard', '{}', 'processed', now() - interval '31 days',
                   now() - interval '31 days'),
                  ('processed-new', 'message.received', 'standard', '{}', 'processed', now() - interval '29 days',
                   now() - interval '29 days'),
                  ('dead-old', 'message.received', 'standard', '{}', 'dead', now() - interval '90 days', null);
                insert into process_heartbeats (process_id, role, host, version, started_at, sent_at, received_at) values
                  ('worker-gone', 'worker', 'h', '1', now() - interval '3 days', now() - interval '25 hours',
                   now() - interval '25 hours'),
                  ('worker-recent', 'worker', 'h', '1', now() - interval '3 days', now() - interval '23 hours',
                   now() - interval '23 hours');
                """);

        Run purge = crm(env, "maintenance", "purge");
        Run again = crm(env, "maintenance", "purge");

        assertThat(purge.exit()).as(purge.err()).isZero();
        assertThat(purge.out()).contains("Purged 2 session(s), 2 invite(s), 1 webhook event(s), 1 heartbeat(s).");
        assertThat(strings(database, "select id_hash from sessions order by id_hash")).containsExactly("live");
        assertThat(strings(database, "select token_hash from invites order by id")).containsExactly("pending", "used-new");
        assertThat(strings(database, "select event_id from webhook_events order by id"))
                .containsExactly("processed-new", "dead-old");
        assertThat(strings(database, "select process_id from process_heartbeats")).containsExactly("worker-recent");
        assertThat(again.out()).contains("Purged 0 session(s), 0 invite(s), 0 webhook event(s), 0 heartbeat(s).");
    }

    @Test
    void maintenanceAndPurgeHaveHelpThatNeedsNoConfiguration() {
        Run parent = crm(Map.of("CRM_ENV", "production"), "maintenance", "--help");
        Run purge = crm(Map.of("CRM_ENV", "production"), "maintenance", "purge", "--help");

        assertThat(parent.exit()).isZero();
        assertThat(parent.out()).contains("purge");
        assertThat(purge.exit()).isZero();
        assertThat(purge.out()).contains("CRM_PURGE_WEBHOOK_RETENTION_DAYS", "CRM_PURGE_HEARTBEAT_RETENTION_HOURS");
    }

    @Test
    void theLeadingSchedulerQueuesThePurgeOnceADayAcrossTicksAndRestarts() throws Exception {
        JobQueue jobs = new RedisStreamJobQueue(redis.connections(), prefix, Clock.systemUTC());
        AtomicInteger ticks = new AtomicInteger();

        SchedulerRuntime first = startScheduler(jobs, ticks);
        awaitTicks(ticks, 10);
        first.close();
        SchedulerRuntime restarted = startScheduler(jobs, ticks);
        awaitTicks(ticks, 20);
        restarted.close();

        assertThat(jobs.depth().ready()).as("maintenance.purge jobs queued").isOne();
        Long ttl = redis.connections().shared().sync().pttl(prefix + "task:maintenance.purge");
        assertThat(ttl).isBetween(Duration.ofHours(23).toMillis(), Duration.ofHours(24).toMillis());
    }

    private SchedulerRuntime startScheduler(JobQueue jobs, AtomicInteger ticks) {
        SchedulerRuntime runtime = new SchedulerRuntime("scheduler-" + started.size(), new AlwaysLeading(), () -> () -> {
            ticks.incrementAndGet();
            return new TickReport(0, 0, 0, 0);
        }, () -> new ScheduleMaintenanceService(new RedisRecurringTaskClaims(redis.connections(), prefix), jobs),
                () -> { }, FAST, Duration.ofHours(1)).start();
        started.add(runtime);
        return runtime;
    }

    private static void awaitTicks(AtomicInteger ticks, int atLeast) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (ticks.get() < atLeast && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(ticks.get()).isGreaterThanOrEqualTo(atLeast);
    }

    private static Run crm(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = CrmCli.create(env);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private static void execute(PostgresUrl database, String sql) throws SQLException {
        try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static List<String> strings(PostgresUrl database, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = connect(database); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static Connection connect(PostgresUrl database) throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
    }

    private record Run(int exit, String out, String err) {
    }

    /** A lock this scheduler always holds (leadership itself is tested in SchedulerRuntimeTest). */
    private static final class AlwaysLeading implements LeaderLock {

        @Override
        public boolean tryAcquire() {
            return true;
        }

        @Override
        public void close() {
        }
    }
}
