package com.attackacrack.crm.adapters.out.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.adapters.out.redis.testing.Poll;
import com.attackacrack.crm.adapters.out.redis.testing.TestRedis;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RedisSharedCountersTest {

    private final TestRedis redis = TestRedis.get();
    private final String prefix = redis.newPrefix();

    @AfterEach
    void deleteKeys() {
        redis.deleteKeys(prefix);
    }

    @Test
    void nothingCountedReadsEmpty() {
        assertThat(new RedisSharedCounters(redis.connections(), prefix).read("jobs")).isEmpty();
    }

    @Test
    void countsFromSeveralWritersAddUpPerFieldAndAreSeenByAnotherReader() throws Exception {
        RedisSharedCounters first = new RedisSharedCounters(redis.connections(), prefix);
        // a second connection stands in for another process
        try (RedisConnections other = new RedisConnections(redis.url())) {
            RedisSharedCounters second = new RedisSharedCounters(other, prefix);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            for (int i = 0; i < 200; i++) {
                RedisSharedCounters writer = i % 2 == 0 ? first : second;
                pool.submit(() -> writer.add("jobs", "import.run|completed", 1));
                pool.submit(() -> writer.add("jobs", "message.send|failed", 2));
            }
            pool.shutdown();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
            first.add("sms", "campaign|sent", 0);

            Poll.until(Duration.ofSeconds(10), "the counts", () -> second.read("jobs").equals(
                    Map.of("import.run|completed", 200L, "message.send|failed", 400L)));
            assertThat(first.read("jobs")).containsExactlyInAnyOrderEntriesOf(
                    Map.of("import.run|completed", 200L, "message.send|failed", 400L));
            assertThat(first.read("sms")).as("adding zero writes nothing").isEmpty();
        }
    }

    @Test
    void countersOnlyGrowAndNeedAName() {
        RedisSharedCounters counters = new RedisSharedCounters(redis.connections(), prefix);
        assertThatThrownBy(() -> counters.add("jobs", "x", -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> counters.add("a b", "x", 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
