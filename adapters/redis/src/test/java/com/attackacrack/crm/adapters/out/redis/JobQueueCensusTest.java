package com.attackacrack.crm.adapters.out.redis;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.adapters.out.redis.testing.TestRedis;
import com.attackacrack.crm.application.fakes.MutableClock;
import com.attackacrack.crm.application.port.out.JobQueue.DepthByType;
import com.attackacrack.crm.application.port.out.JobQueue.JobState;
import com.attackacrack.crm.application.port.out.JobQueue.QueueDepth;
import com.attackacrack.crm.application.port.out.JobRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JobQueueCensusTest {

    private static final Instant T0 = Instant.parse("2025-06-01T12:00:00Z");

    private final TestRedis testRedis = TestRedis.get();
    private final String prefix = testRedis.newPrefix();
    private final MutableClock clock = new MutableClock(T0);
    private final RedisStreamJobQueue queue = new RedisStreamJobQueue(testRedis.connections(), prefix, clock);

    @AfterEach
    void deleteKeys() {
        testRedis.deleteKeys(prefix);
    }

    @Test
    void aQueueNeverUsedHasNoTypes() {
        DepthByType depth = queue.depthByType(100);

        assertThat(depth.byType()).isEmpty();
        assertThat(depth.capped()).isEmpty();
    }

    @Test
    void beforeAnyWorkerJoinedEveryStreamEntryIsReady() {
        enqueue("message.send", "system.heartbeat", "message.send");

        assertThat(queue.depthByType(100).byType()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "message.send", new QueueDepth(2, 0, 0, 0), "system.heartbeat", new QueueDepth(1, 0, 0, 0)));
    }

    @Test
    void countsEachTypeInEachStateAndAgreesWithTheTotals() {
        givenJobsInEveryState();

        DepthByType depth = queue.depthByType(100);

        assertThat(depth.byType()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "message.send", new QueueDepth(1, 2, 0, 0),
                "webhook.process", new QueueDepth(0, 0, 0, 1),
                "system.heartbeat", new QueueDepth(2, 0, 1, 0),
                "import.run", new QueueDepth(1, 0, 0, 0),
                "campaign.send", new QueueDepth(0, 0, 2, 0),
                DepthByType.UNKNOWN_TYPE, new QueueDepth(0, 0, 1, 0)));
        assertThat(depth.capped()).isEmpty();
        QueueDepth sum = depth.byType().values().stream().reduce(QueueDepth.EMPTY, QueueDepth::plus);
        assertThat(sum).isEqualTo(queue.depth());
    }

    @Test
    void statesWithMoreEntriesThanTheLimitAreCappedAndCountOnlyThatMany() {
        givenJobsInEveryState();

        DepthByType depth = queue.depthByType(2);

        assertThat(depth.capped()).containsExactlyInAnyOrder(JobState.READY, JobState.DELAYED);
        long ready = depth.byType().values().stream().mapToLong(QueueDepth::ready).sum();
        long delayed = depth.byType().values().stream().mapToLong(QueueDepth::delayed).sum();
        long inFlight = depth.byType().values().stream().mapToLong(QueueDepth::inFlight).sum();
        assertThat(ready).isEqualTo(2);
        assertThat(delayed).isEqualTo(2);
        assertThat(inFlight).isEqualTo(2);
        assertThat(depth.byType().get("message.send").inFlight()).isEqualTo(2);
    }

    @Test
    void manyEntriesArePagedThroughUpToTheLimit() {
        for (int i = 0; i < 2_500; i++) {
            queue.enqueue(new JobRequest(i % 2 == 0 ? "message.send" : "campaign.send", Map.of()));
        }

        assertThat(queue.depthByType(10_000).byType()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "message.send", new QueueDepth(1_250, 0, 0, 0), "campaign.send", new QueueDepth(1_250, 0, 0, 0)));
        DepthByType capped = queue.depthByType(2_499);
        assertThat(capped.capped()).containsExactly(JobState.READY);
        assertThat(capped.byType().values().stream().mapToLong(QueueDepth::ready).sum()).isEqualTo(2_499);
        assertThat(queue.depthByType(2_500).capped()).isEmpty();
    }

    @Test
    void nextIdIsTheSmallestIdAfterIt() {
        assertThat(JobQueueCensus.next("1700000000000-0")).isEqualTo("1700000000000-1");
        assertThat(JobQueueCensus.next("5-18446744073709551615")).isEqualTo("6-0");
    }

    /**
     * Ready: message.send, heartbeat x2, import.run; in flight: message.send x2; dead: webhook.process;
     * delayed: campaign.send x2, heartbeat, one unreadable member.
     */
    private void givenJobsInEveryState() {
        enqueue("message.send", "message.send", "webhook.process", "message.send", "system.heartbeat", "system.heartbeat", "import.run");
        JobStreamConsumer consumer = new JobStreamConsumer(testRedis.connections().shared(), prefix, "c1", clock);
        consumer.ensureGroup();
        List<ReceivedJob> taken = consumer.readNew(Duration.ofMillis(100), 3);
        assertThat(taken).extracting(ReceivedJob::type).containsExactly("message.send", "message.send", "webhook.process");
        assertThat(consumer.deadLetter(taken.get(2), "boom", 5)).isTrue();
        queue.enqueueAt(new JobRequest("campaign.send", Map.of()), T0.plusSeconds(60));
        queue.enqueueAt(new JobRequest("campaign.send", Map.of()), T0.plusSeconds(70));
        queue.enqueueAt(new JobRequest("system.heartbeat", Map.of()), T0.plusSeconds(80));
        testRedis.connections().shared().sync().zadd(new JobStreamKeys(prefix).delayed(), T0.plusSeconds(90).toEpochMilli(),
                "not json");
    }

    private void enqueue(String... types) {
        for (String type : types) {
            queue.enqueue(new JobRequest(type, Map.of()));
        }
    }
}
