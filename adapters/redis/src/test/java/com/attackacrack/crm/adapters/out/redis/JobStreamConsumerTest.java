package com.attackacrack.crm.adapters.out.redis;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.adapters.out.redis.testing.Poll;
import com.attackacrack.crm.adapters.out.redis.testing.TestRedis;
import com.attackacrack.crm.application.port.out.JobQueue.QueueDepth;
import com.attackacrack.crm.application.port.out.JobRequest;
import io.lettuce.core.Range;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JobStreamConsumerTest {

    private static final Duration SHORT_BLOCK = Duration.ofMillis(50);

    private final TestRedis testRedis = TestRedis.get();
    private final String prefix = testRedis.newPrefix();
    private final JobStreamKeys keys = new JobStreamKeys(prefix);
    private final RedisCommands<String, String> redis = testRedis.connections().shared().sync();
    private final RedisStreamJobQueue queue = new RedisStreamJobQueue(testRedis.connections(), prefix, Clock.systemUTC());

    @AfterEach
    void deleteKeys() {
        testRedis.deleteKeys(prefix);
    }

    @Test
    void ensureGroupToleratesAnExistingGroup() {
        JobStreamConsumer consumer = givenConsumer("c1");

        consumer.ensureGroup();
        consumer.ensureGroup();

        assertThat(redis.xinfoGroups(keys.stream())).hasSize(1);
    }

    @Test
    void newEntryIsTheStoredAttempt() {
        String id = queue.enqueue(givenRequest());
        JobStreamConsumer consumer = givenConsumer("c1");

        List<ReceivedJob> received = consumer.readNew(SHORT_BLOCK, 10);

        assertThat(received).singleElement().satisfies(job -> {
            assertThat(job.entryId()).isEqualTo(id);
            assertThat(job.attempt()).isEqualTo(1);
            assertThat(job.toJob().payload()).containsEntry("note", "hi");
        });
    }

    @Test
    void reclaimedEntryCountsTheAbandonedDeliveryAsAnAttemptAndMovesOwnership() {
        queue.enqueue(givenRequest());
        JobStreamConsumer dead = givenConsumer("dead");
        JobStreamConsumer rescuer = givenConsumer("rescuer");
        ReceivedJob abandoned = dead.readNew(SHORT_BLOCK, 10).getFirst();

        List<ReceivedJob> reclaimed = new ArrayList<>();
        Poll.until(Duration.ofSeconds(5), "the idle entry to be reclaimed",
                () -> reclaimed.addAll(rescuer.reclaimIdle(Duration.ofMillis(100), 10)));

        assertThat(reclaimed).singleElement().satisfies(job -> {
            assertThat(job.entryId()).isEqualTo(abandoned.entryId());
            assertThat(job.attempt()).isEqualTo(2);
        });
        assertThat(dead.complete(abandoned)).isFalse();
        assertThat(rescuer.complete(reclaimed.getFirst())).isTrue();
        assertThat(queue.depth()).isEqualTo(new QueueDepth(0, 0, 0, 0));
    }

    @Test
    void requeueMovesTheJobToTheDelayedSetWithItsNextAttemptAndStableId() {
        String id = queue.enqueue(givenRequest());
        JobStreamConsumer consumer = givenConsumer("c1");
        ReceivedJob job = consumer.readNew(SHORT_BLOCK, 10).getFirst();

        assertThat(consumer.requeue(job, 2, Instant.now())).isTrue();
        assertThat(queue.depth()).isEqualTo(new QueueDepth(0, 0, 1, 0));
        consumer.promoteDueJobs(10);

        ReceivedJob retry = consumer.readNew(SHORT_BLOCK, 10).getFirst();
        assertThat(retry.attempt()).isEqualTo(2);
        assertThat(retry.toJob().id()).isEqualTo(id);
        assertThat(retry.entryId()).isNotEqualTo(id);
    }

    @Test
    void deadLetterKeepsTheFieldsAndAddsErrorTimeAndAttempts() {
        String id = queue.enqueue(givenRequest());
        JobStreamConsumer consumer = givenConsumer("c1");
        ReceivedJob job = consumer.readNew(SHORT_BLOCK, 10).getFirst();

        assertThat(consumer.deadLetter(job, "boom", 1)).isTrue();

        List<StreamMessage<String, String>> dead = redis.xrange(keys.dead(), Range.create("-", "+"));
        assertThat(dead).singleElement().satisfies(entry -> assertThat(entry.getBody())
                .containsEntry("jobId", id).containsEntry("type", "test.echo").containsEntry("p.note", "hi")
                .containsEntry("error", "boom").containsEntry("attempts", "1").containsKey("failedAt"));
        assertThat(queue.depth()).isEqualTo(new QueueDepth(0, 0, 0, 1));
    }

    @Test
    void idleConsumerLeavesTheGroup() {
        JobStreamConsumer consumer = givenConsumer("c1");
        consumer.readNew(SHORT_BLOCK, 10);

        consumer.leaveGroupIfIdle();

        assertThat(redis.xinfoConsumers(keys.stream(), JobStreamKeys.GROUP)).isEmpty();
    }

    private JobStreamConsumer givenConsumer(String name) {
        JobStreamConsumer consumer = new JobStreamConsumer(testRedis.connections().shared(), prefix, name, Clock.systemUTC());
        consumer.ensureGroup();
        return consumer;
    }

    private static JobRequest givenRequest() {
        return new JobRequest("test.echo", Map.of("note", "hi"));
    }
}
