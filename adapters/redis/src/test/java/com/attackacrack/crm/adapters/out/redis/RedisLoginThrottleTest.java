package com.attackacrack.crm.adapters.out.redis;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.adapters.out.redis.testing.Poll;
import com.attackacrack.crm.adapters.out.redis.testing.TestRedis;
import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RedisLoginThrottleTest {

    private static final String ACCOUNT = "account:jane.doe@example.com";
    private static final Duration FIFTEEN_MINUTES = Duration.ofMinutes(15);

    private final TestRedis redis = TestRedis.get();
    private final String prefix = redis.newPrefix();
    private final RedisLoginThrottle throttle = givenThrottle(LoginThrottleSettings.defaults());

    @AfterEach
    void deleteKeys() {
        redis.deleteKeys(prefix);
    }

    @Test
    void fourFailuresDoNotLock() {
        for (int i = 0; i < 4; i++) {
            assertThat(throttle.recordFailure(ACCOUNT)).isEmpty();
        }

        assertThat(throttle.lockedFor(ACCOUNT)).isEmpty();
    }

    @Test
    void theFifthFailureLocksForFifteenMinutes() {
        givenFailures(ACCOUNT, 4);

        assertThat(throttle.recordFailure(ACCOUNT)).contains(FIFTEEN_MINUTES);
        assertThat(throttle.lockedFor(ACCOUNT)).hasValueSatisfying(remaining ->
                assertThat(remaining).isLessThanOrEqualTo(FIFTEEN_MINUTES).isGreaterThan(FIFTEEN_MINUTES.minusSeconds(5)));
    }

    @Test
    void lockedForReportsTheTimeLeftAndFailuresWhileLockedDoNotExtendIt() {
        RedisLoginThrottle shortLock = givenThrottle(new LoginThrottleSettings(2, Duration.ofMinutes(1), Duration.ofSeconds(5)));
        givenFailures(shortLock, ACCOUNT, 2);

        Poll.until(Duration.ofSeconds(3), "the lock to run down a little",
                () -> shortLock.lockedFor(ACCOUNT).orElseThrow().compareTo(Duration.ofMillis(4_700)) < 0);

        Optional<Duration> answered = shortLock.recordFailure(ACCOUNT);
        assertThat(answered).hasValueSatisfying(left -> assertThat(left).isLessThan(Duration.ofMillis(4_700)).isPositive());
        assertThat(shortLock.lockedFor(ACCOUNT).orElseThrow()).isLessThan(Duration.ofMillis(4_700));
    }

    @Test
    void aLockEndsWhenItsTimeIsUpAndCountingStartsAfresh() {
        RedisLoginThrottle shortLock = givenThrottle(new LoginThrottleSettings(2, Duration.ofMinutes(1), Duration.ofMillis(300)));
        givenFailures(shortLock, ACCOUNT, 2);

        Poll.until(Duration.ofSeconds(3), "the lock to expire", () -> shortLock.lockedFor(ACCOUNT).isEmpty());

        assertThat(shortLock.recordFailure(ACCOUNT)).isEmpty();
        assertThat(shortLock.recordFailure(ACCOUNT)).contains(Duration.ofMillis(300));
    }

    @Test
    void resetForgetsTheFailures() {
        givenFailures(ACCOUNT, 4);

        throttle.reset(ACCOUNT);

        givenFailures(ACCOUNT, 4);
        assertThat(throttle.lockedFor(ACCOUNT)).isEmpty();
        assertThat(keysUnderPrefix()).noneMatch(key -> key.contains(":login:lock:"));
    }

    @Test
    void resetLiftsALock() {
        givenFailures(ACCOUNT, 5);

        throttle.reset(ACCOUNT);

        assertThat(throttle.lockedFor(ACCOUNT)).isEmpty();
        assertThat(keysUnderPrefix()).isEmpty();
    }

    @Test
    void keysAreIndependent() {
        givenFailures(ACCOUNT, 5);
        givenFailures("ip:203.0.113.9", 4);

        assertThat(throttle.lockedFor(ACCOUNT)).isPresent();
        assertThat(throttle.lockedFor("account:john.doe@example.com")).isEmpty();
        assertThat(throttle.lockedFor("ip:203.0.113.9")).isEmpty();
        assertThat(throttle.recordFailure("account:john.doe@example.com")).isEmpty();
    }

    @Test
    void keyNamesCarryAHashNeverTheEmailOrAddress() {
        givenFailures(ACCOUNT, 5);
        givenFailures("ip:203.0.113.9", 1);

        List<String> keys = keysUnderPrefix();

        assertThat(keys).hasSize(2).allSatisfy(key -> assertThat(key)
                .matches(Pattern.quote(prefix) + "login:(failures|lock):[0-9a-f]{64}")
                .doesNotContain("jane").doesNotContain("example.com").doesNotContain("203.0.113"));
    }

    @Test
    void failuresOlderThanTheWindowNoLongerCount() {
        RedisLoginThrottle oneSecondWindow = givenThrottle(new LoginThrottleSettings(3, Duration.ofSeconds(1), FIFTEEN_MINUTES));
        givenFailures(oneSecondWindow, ACCOUNT, 2);

        Poll.until(Duration.ofSeconds(5), "the failures to expire", () -> keysUnderPrefix().isEmpty());

        assertThat(oneSecondWindow.recordFailure(ACCOUNT)).isEmpty();
        assertThat(oneSecondWindow.recordFailure(ACCOUNT)).isEmpty();
        assertThat(oneSecondWindow.recordFailure(ACCOUNT)).contains(FIFTEEN_MINUTES);
    }

    @Test
    void concurrentFailuresFromEightThreadsLockExactlyAtTheThreshold() throws Exception {
        for (int round = 0; round < 20; round++) {
            String key = "account:user" + round + "@example.com";
            List<Optional<Duration>> answers = givenConcurrentFailures(key, 8, 3);

            assertThat(answers).hasSize(24);
            assertThat(answers.stream().filter(Optional::isEmpty).count()).as("unlocked answers in round %d", round).isEqualTo(4);
            assertThat(answers).filteredOn(Optional::isPresent).hasSize(20)
                    .allSatisfy(lock -> assertThat(lock.orElseThrow()).isPositive().isLessThanOrEqualTo(FIFTEEN_MINUTES));
            assertThat(throttle.lockedFor(key)).isPresent();
        }
    }

    private List<Optional<Duration>> givenConcurrentFailures(String key, int threads, int perThread) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<Optional<Duration>>>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    List<Optional<Duration>> mine = new ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                        mine.add(throttle.recordFailure(key));
                    }
                    return mine;
                }));
            }
            start.countDown();
            List<Optional<Duration>> all = new ArrayList<>();
            for (Future<List<Optional<Duration>>> future : futures) {
                all.addAll(future.get());
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }

    private RedisLoginThrottle givenThrottle(LoginThrottleSettings settings) {
        return new RedisLoginThrottle(redis.connections(), prefix, settings);
    }

    private void givenFailures(String key, int count) {
        givenFailures(throttle, key, count);
    }

    private static void givenFailures(RedisLoginThrottle on, String key, int count) {
        for (int i = 0; i < count; i++) {
            on.recordFailure(key);
        }
    }

    private List<String> keysUnderPrefix() {
        RedisCommands<String, String> commands = redis.connections().shared().sync();
        List<String> keys = new ArrayList<>();
        ScanCursor cursor = ScanCursor.INITIAL;
        do {
            KeyScanCursor<String> page = commands.scan(cursor, ScanArgs.Builder.matches(prefix + "*").limit(1000));
            keys.addAll(page.getKeys());
            cursor = page;
        } while (!cursor.isFinished());
        return keys;
    }
}
