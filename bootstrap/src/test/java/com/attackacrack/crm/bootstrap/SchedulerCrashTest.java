package com.attackacrack.crm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.adapters.out.persistence.PostgresDataSources;
import com.attackacrack.crm.adapters.out.persistence.PostgresLeaderLock;
import com.attackacrack.crm.adapters.out.persistence.PostgresUrl;
import com.attackacrack.crm.adapters.out.persistence.testing.TestDatabase;
import com.attackacrack.crm.adapters.out.redis.testing.TestRedis;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scheduler processes on one database: exactly one leads, another takes over when it is killed or stopped. */
class SchedulerCrashTest {

    /** A JVM stopped by SIGTERM exits 128 + 15 even when its shutdown hooks finish cleanly. */
    private static final int SIGTERM_EXIT = 143;
    private static final String LEADING = "is leading";
    private static final String STANDING_BY = "is standing by";

    @TempDir
    Path dataDir;

    @Test
    void whenTheLeadingSchedulerProcessIsKilledAnotherLeadsWithinFifteenSeconds() throws Exception {
        Map<String, String> env = Map.of("DATABASE_URL", ServeEndToEndTest.asUrl(TestDatabase.freshDatabase("crm_scheduler")));
        try (CrmProcess first = CrmProcess.start(CountingSchedulerMain.class.getName(), env, "first");
             CrmProcess second = CrmProcess.start(CountingSchedulerMain.class.getName(), env, "second")) {
            first.await(() -> decided(first), Duration.ofSeconds(60), "the first scheduler to lead or stand by");
            second.await(() -> decided(second), Duration.ofSeconds(60), "the second scheduler to lead or stand by");
            CrmProcess leader = first.output().contains(LEADING) ? first : second;
            CrmProcess follower = leader == first ? second : first;
            leader.awaitOutput("tick 2", Duration.ofSeconds(10));
            assertThat(follower.output()).contains(STANDING_BY).doesNotContain(LEADING).doesNotContain("tick ");

            leader.kill();

            follower.awaitOutput(LEADING, Duration.ofSeconds(15));
            follower.awaitOutput("tick 1", Duration.ofSeconds(5));
        }
    }

    @Test
    void crmSchedulerLeadsAndOnSigtermReleasesTheLockAndExits() throws Exception {
        PostgresUrl database = TestDatabase.freshDatabase("crm_scheduler_cmd");
        Map<String, String> env = Map.of("CRM_ENV", "test", "DATABASE_URL", ServeEndToEndTest.asUrl(database),
                "REDIS_URL", TestRedis.get().url(), "REDIS_KEY_PREFIX", TestRedis.get().newPrefix(),
                "CRM_DATA_DIR", dataDir.toString());
        try (CrmProcess scheduler = CrmProcess.start(Main.class.getName(), env, "scheduler")) {
            scheduler.awaitOutput(LEADING, Duration.ofSeconds(60));
            assertThat(lockIsFree(database)).isFalse();

            assertThat(scheduler.terminate(Duration.ofSeconds(30))).isEqualTo(SIGTERM_EXIT);

            assertThat(scheduler.output()).contains("released the lock", "Stopped crm scheduler");
            assertThat(lockIsFree(database)).isTrue();
        }
    }

    private static boolean decided(CrmProcess process) {
        String output = process.output();
        return output.contains(LEADING) || output.contains(STANDING_BY);
    }

    private static boolean lockIsFree(PostgresUrl database) {
        try (HikariDataSource pool = PostgresDataSources.create(database, 1, "lock-probe")) {
            PostgresLeaderLock probe = new PostgresLeaderLock(pool, PostgresLeaderLock.SCHEDULER);
            boolean free = probe.tryAcquire();
            probe.close();
            return free;
        }
    }
}
