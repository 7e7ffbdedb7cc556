package com.attackacrack.crm.adapters.out.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.adapters.out.redis.testing.TestRedis;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RedisSlidingWindowRateLimiterTest {

    private static final Duration LONG_WAIT = Duration.ofSeconds(30);

    private final TestRedis redis = TestRedis.get();
    private final String prefix = redis.newPrefix();
    private final RedisSlidingWindowRateLimiter limiter = new RedisSlidingWindowRateLimiter(redis.connections(), prefix);

    @AfterEach
    void deleteKeys() {
        redis.deleteKeys(prefix);
    }

    @Test
    void anEmptyWindowGrantsTheRateAtOnce() {
        long start = System.nanoTime();
        for (int i = 0; i < 10; i++) {
            assertThat(limiter.acquire("burst", 10, Duration.ZERO)).as("token %d", i + 1).isTrue();
        }

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
        assertThat(limiter.acquire("burst", 10, Duration.ZERO)).as("the eleventh token at once").isFalse();
    }

    @Test
    void aBurstFromThreeThreadsIsHeldToTheRate() throws Exception {
        List<Long> grantedAtNanos = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        long start;
        try {
            List<Future<Integer>> workers = new ArrayList<>();
            for (int t = 0; t < 3; t++) {
                workers.add(pool.submit(() -> {
                    go.await();
                    int granted = 0;
                    for (int i = 0; i < 10; i++) {
                        if (limiter.acquire("shared", 10, LONG_WAIT)) {
                            grantedAtNanos.add(System.nanoTime());
                            granted++;
                        }
                    }
                    return granted;
                }));
            }
            start = System.nanoTime();
            go.countDown();
            for (Future<Integer> worker : workers) {
                assertThat(worker.get(20, TimeUnit.SECONDS)).isEqualTo(10);
            }
        } finally {
            pool.shutdownNow();
        }

        List<Long> sorted = new ArrayList<>(grantedAtNanos);
        Collections.sort(sorted);
        Duration total = Duration.ofNanos(sorted.get(sorted.size() - 1) - start);
        assertThat(total).as("30 tokens at 10/s from a full bucket of 10").isGreaterThanOrEqualTo(Duration.ofMillis(1_900));
        assertThat(total).isLessThan(Duration.ofSeconds(6));
        for (int i = 0; i < sorted.size(); i++) {
            double elapsedSeconds = (sorted.get(i) - start) / 1e9;
            assertThat((double) (i + 1)).as("grants by %.3f s", elapsedSeconds).isLessThanOrEqualTo(10 + 10 * elapsedSeconds + 1);
        }
        for (int i = 10; i < sorted.size(); i++) {
            assertThat(Duration.ofNanos(sorted.get(i) - sorted.get(i - 10))).as("grant %d and the tenth before it", i + 1)
                    .isGreaterThanOrEqualTo(Duration.ofMillis(1_000));
        }
    }

    @Test
    void noWaitOnAnEmptyBucketAnswersFalseAtOnce() {
        while (limiter.acquire("empty", 5, Duration.ZERO)) {
            // Drain the bucket.
        }

        long start = System.nanoTime();
        assertThat(limiter.acquire("empty", 5, Duration.ZERO)).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(100));
    }

    @Test
    void theNextGrantComesWhenTheOldestLeavesTheWindow() {
        long start = System.nanoTime();
        while (limiter.acquire("refill", 10, Duration.ZERO)) {
            // Fill the window.
        }

        assertThat(limiter.acquire("refill", 10, Duration.ofMillis(500))).as("a wait shorter than the window").isFalse();
        assertThat(limiter.acquire("refill", 10, Duration.ofSeconds(2))).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(1_000))
                .isLessThan(Duration.ofMillis(1_600));
    }

    @Test
    void separateBucketsDoNotInterfere() {
        while (limiter.acquire("first", 3, Duration.ZERO)) {
            // Drain the first bucket.
        }

        for (int i = 0; i < 3; i++) {
            assertThat(limiter.acquire("second", 3, Duration.ZERO)).as("second bucket token %d", i + 1).isTrue();
        }
        assertThat(limiter.acquire("first", 3, Duration.ZERO)).isFalse();
    }

    @Test
    void theKeyLivesUnderThePrefixAndExpires() {
        limiter.acquire("expiring", 10, Duration.ZERO);

        Long ttl = redis.connections().shared().sync().pttl(prefix + "rate:expiring");
        assertThat(ttl).isPositive().isLessThanOrEqualTo(2_050L);
    }

    @Test
    void refusesNonsense() {
        assertThatThrownBy(() -> limiter.acquire(" ", 10, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> limiter.acquire("x", 0, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> limiter.acquire("x", 10, Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RedisSlidingWindowRateLimiter(redis.connections(), prefix, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
