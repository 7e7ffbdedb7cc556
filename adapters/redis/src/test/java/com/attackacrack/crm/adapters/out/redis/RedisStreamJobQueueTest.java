package com.attackacrack.crm.adapters.out.redis;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.adapters.out.redis.testing.TestRedis;
import com.attackacrack.crm.application.fakes.MutableClock;
import com.attackacrack.crm.application.port.out.JobQueue.QueueDepth;
import com.attackacrack.crm.application.port.out.JobRequest;
import io.lettuce.core.Range;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RedisStreamJobQueueTest {

    private static final Instant T0 = Instant.parse("2025-06-01T12:00:00Z");

    private final TestRedis testRedis = TestRedis.get();
    private final String prefix = testRedis.newPrefix();
    private final JobStreamKeys keys = new JobStreamKeys(prefix);
    private final RedisCommands<String, String> redis = testRedis.connections().shared().sync();
    private final MutableClock clock = new MutableClock(T0);
    private final RedisStreamJobQueue queue = givenQueue(testRedis.connections(), clock);

    @AfterEach
    void deleteKeys() {
        testRedis.deleteKeys(prefix);
    }

    @Test
    void enqueueAddsAStreamEntryAndReturnsItsId() {
        String id = queue.enqueue(givenRequest("note", "hello"));

        List<StreamMessage<String, String>> entries = redis.xrange(keys.stream(), Range.create("-", "+"));
        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.getId()).isEqualTo(id);
            assertThat(entry.getBody()).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "type", "test.echo", "attempt", "1", "enqueuedAt", T0.toString(), "p.note", "hello"));
        });
    }

    @Test
    void enqueueAtAPastTimeEnqueuesAtOnce() {
        String id = queue.enqueueAt(givenRequest("note", "late"), T0.minusSeconds(1));

        assertThat(id).doesNotStartWith(RedisStreamJobQueue.DELAYED_ID_PREFIX);
        assertThat(queue.depth()).isEqualTo(new QueueDepth(1, 0, 0, 0));
    }

    @Test
    void delayedJobIsPromotedOnlyOnceItIsDueAndKeepsItsId() {
        String id = queue.enqueueAt(givenRequest("note", "later"), T0.plusSeconds(60));

        assertThat(id).startsWith(RedisStreamJobQueue.DELAYED_ID_PREFIX);
        assertThat(queue.promoteDueJobs()).isZero();
        clock.advance(Duration.ofSeconds(60));
        assertThat(queue.promoteDueJobs()).isEqualTo(1);

        List<StreamMessage<String, String>> entries = redis.xrange(keys.stream(), Range.create("-", "+"));
        assertThat(entries).singleElement().satisfies(entry ->
                assertThat(entry.getBody()).containsEntry("jobId", id).containsEntry("p.note", "later"));
        assertThat(queue.depth()).isEqualTo(new QueueDepth(1, 0, 0, 0));
    }

    @Test
    void twoConcurrentPromotersNeverPromoteAJobTwice() throws Exception {
        int jobs = 700;
        for (int i = 0; i < jobs; i++) {
            queue.enqueueAt(givenRequest("n", Integer.toString(i)), T0.plusSeconds(1 + i % 7));
        }
        clock.advance(Duration.ofMinutes(1));

        try (RedisConnections other = new RedisConnections(testRedis.url())) {
            RedisStreamJobQueue rival = givenQueue(other, clock);
            CountDownLatch go = new CountDownLatch(1);
            CompletableFuture<Long> first = CompletableFuture.supplyAsync(() -> promoteUntilEmpty(queue, go));
            CompletableFuture<Long> second = CompletableFuture.supplyAsync(() -> promoteUntilEmpty(rival, go));
            go.countDown();

            assertThat(first.get() + second.get()).isEqualTo(jobs);
        }
        List<StreamMessage<String, String>> entries = redis.xrange(keys.stream(), Range.create("-", "+"));
        assertThat(entries).hasSize(jobs);
        assertThat(entries.stream().map(entry -> entry.getBody().get("jobId")).distinct()).hasSize(jobs);
    }

    @Test
    void unreadableDelayedMemberGoesToTheDeadLetters() {
        redis.zadd(keys.delayed(), 1, "not json");

        queue.promoteDueJobs();

        assertThat(queue.depth()).isEqualTo(new QueueDepth(0, 0, 0, 1));
    }

    @Test
    void depthCountsReadyInFlightDelayedAndDeadJobs() {
        for (int i = 0; i < 4; i++) {
            queue.enqueue(givenRequest("n", Integer.toString(i)));
        }
        queue.enqueueAt(givenRequest("n", "d1"), T0.plusSeconds(30));
        queue.enqueueAt(givenRequest("n", "d2"), T0.plusSeconds(40));
        JobStreamConsumer consumer = new JobStreamConsumer(testRedis.connections().shared(), prefix, "c1", clock);
        consumer.ensureGroup();
        List<ReceivedJob> taken = consumer.readNew(Duration.ofMillis(10), 2);
        consumer.deadLetter(taken.getFirst(), "test", 1);

        assertThat(queue.depth()).isEqualTo(new QueueDepth(2, 1, 2, 1));
    }

    @Test
    void depthOfAQueueNeverUsedIsZero() {
        assertThat(queue.depth()).isEqualTo(new QueueDepth(0, 0, 0, 0));
    }

    private RedisStreamJobQueue givenQueue(RedisConnections connections, Clock queueClock) {
        return new RedisStreamJobQueue(connections, prefix, queueClock);
    }

    private static JobRequest givenRequest(String field, String value) {
        return new JobRequest("test.echo", Map.of(field, value));
    }

    private static long promoteUntilEmpty(RedisStreamJobQueue promoter, CountDownLatch go) {
        try {
            go.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        long moved = 0;
        long step;
        do {
            step = promoter.promoteDueJobs();
            moved += step;
        } while (step > 0);
        return moved;
    }
}
