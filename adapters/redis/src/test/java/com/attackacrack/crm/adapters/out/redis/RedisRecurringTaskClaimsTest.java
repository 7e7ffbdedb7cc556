package com.attackacrack.crm.adapters.out.redis;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.adapters.out.redis.testing.TestRedis;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RedisRecurringTaskClaimsTest {

    private static final Duration DAY = Duration.ofHours(24);

    private final TestRedis redis = TestRedis.get();
    private final String prefix = redis.newPrefix();
    private final RedisRecurringTaskClaims claims = new RedisRecurringTaskClaims(redis.connections(), prefix);

    @AfterEach
    void deleteKeys() {
        redis.deleteKeys(prefix);
    }

    @Test
    void theFirstClaimOfAPeriodWinsAndLaterOnesLoseUntilItExpires() throws InterruptedException {
        boolean first = claims.claim("maintenance.purge", Duration.ofMillis(300));
        boolean second = claims.claim("maintenance.purge", Duration.ofMillis(300));
        boolean otherTask = claims.claim("maintenance.other", Duration.ofMillis(300));
        Thread.sleep(450);
        boolean afterThePeriod = claims.claim("maintenance.purge", Duration.ofMillis(300));

        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(otherTask).isTrue();
        assertThat(afterThePeriod).isTrue();
    }

    @Test
    void aClaimOutlivesTheObjectThatTookItAsItOutlivesAProcessRestart() {
        claims.claim("maintenance.purge", DAY);

        RedisRecurringTaskClaims afterRestart = new RedisRecurringTaskClaims(redis.connections(), prefix);

        assertThat(afterRestart.claim("maintenance.purge", DAY)).isFalse();
        Long ttl = redis.connections().shared().sync().pttl(prefix + "task:maintenance.purge");
        assertThat(ttl).isBetween(DAY.toMillis() - 60_000, DAY.toMillis());
    }

    @Test
    void releasingLetsTheNextCallerClaim() {
        claims.claim("maintenance.purge", DAY);

        claims.release("maintenance.purge");

        assertThat(claims.claim("maintenance.purge", DAY)).isTrue();
    }

    @Test
    void ofManyConcurrentClaimersExactlyOneWins() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> attempts = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                attempts.add(() -> claims.claim("maintenance.purge", DAY));
            }
            long winners = 0;
            for (Future<Boolean> result : pool.invokeAll(attempts)) {
                winners += result.get() ? 1 : 0;
            }
            assertThat(winners).isOne();
        } finally {
            pool.shutdownNow();
        }
    }
}
