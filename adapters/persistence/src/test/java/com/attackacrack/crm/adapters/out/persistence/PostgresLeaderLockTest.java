package com.attackacrack.crm.adapters.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.adapters.out.persistence.testing.TestDatabase;
import com.zaxxer.hikari.HikariDataSource;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PostgresLeaderLockTest {

    private final String name = "test.lock." + UUID.randomUUID();
    private final PostgresLeaderLock first = new PostgresLeaderLock(TestDatabase.shared().dataSource(), name);
    private final PostgresLeaderLock second = new PostgresLeaderLock(TestDatabase.shared().dataSource(), name);

    @AfterEach
    void releaseBoth() {
        first.close();
        second.close();
    }

    @Test
    void onlyOneOfTwoTakesTheLockAndTheHolderKeepsIt() {
        assertThat(first.tryAcquire()).isTrue();

        assertThat(second.tryAcquire()).isFalse();
        assertThat(first.tryAcquire()).isTrue();
        assertThat(second.tryAcquire()).isFalse();
    }

    @Test
    void afterTheHolderClosesTheOtherTakesIt() {
        first.tryAcquire();

        first.close();

        assertThat(second.tryAcquire()).isTrue();
        assertThat(first.tryAcquire()).isFalse();
    }

    @Test
    void whenTheHoldersConnectionIsKilledTheOtherTakesOverAndTheFirstKnowsItLost() {
        first.tryAcquire();

        assertThat(terminateHolder()).isTrue();

        assertThat(second.tryAcquire()).isTrue();
        assertThat(first.tryAcquire()).isFalse();
        second.close();
        assertThat(first.tryAcquire()).isTrue();
    }

    @Test
    void theHolderRetakesTheLockOnANewConnectionWhenNobodyElseTookIt() {
        first.tryAcquire();
        terminateHolder();

        assertThat(first.tryAcquire()).isTrue();
        assertThat(second.tryAcquire()).isFalse();
    }

    @Test
    void failedAttemptsAndReleasesGiveTheirConnectionsBackToThePool() {
        first.tryAcquire();
        for (int i = 0; i < 20; i++) {
            assertThat(second.tryAcquire()).isFalse();
        }
        for (int i = 0; i < 20; i++) {
            first.close();
            assertThat(first.tryAcquire()).isTrue();
        }

        assertThat(activeConnections()).isLessThanOrEqualTo(1);
    }

    @Test
    void locksWithDifferentNamesDoNotExcludeEachOther() {
        PostgresLeaderLock other = new PostgresLeaderLock(TestDatabase.shared().dataSource(), name + ".other");
        try {
            assertThat(first.tryAcquire()).isTrue();
            assertThat(other.tryAcquire()).isTrue();
        } finally {
            other.close();
        }
    }

    @Test
    void closingALockThatIsNotHeldDoesNothing() {
        second.close();
        first.tryAcquire();
        second.close();

        assertThat(second.tryAcquire()).isFalse();
    }

    @Test
    void theKeyIsTheSameInEveryProcess() {
        assertThat(PostgresLeaderLock.keyOf(PostgresLeaderLock.SCHEDULER))
                .isEqualTo(PostgresLeaderLock.keyOf("crm.scheduler"))
                .isNotEqualTo(PostgresLeaderLock.keyOf("crm.scheduler2"));
    }

    /** Ends the session holding the lock from a third connection, as a failover or an operator would. */
    private boolean terminateHolder() {
        long key = PostgresLeaderLock.keyOf(name);
        return TestDatabase.shared().jdbi().withHandle(handle -> handle.createQuery("""
                        select pg_terminate_backend(pid, 5000) from pg_locks
                        where locktype = 'advisory' and granted and classid::bigint = :high and objid::bigint = :low and objsubid = 1
                        """)
                .bind("high", key >>> 32)
                .bind("low", key & 0xFFFFFFFFL)
                .mapTo(Boolean.class)
                .findOne()
                .orElse(false));
    }

    private static int activeConnections() {
        return ((HikariDataSource) TestDatabase.shared().dataSource()).getHikariPoolMXBean()
                .getActiveConnections();
    }
}
