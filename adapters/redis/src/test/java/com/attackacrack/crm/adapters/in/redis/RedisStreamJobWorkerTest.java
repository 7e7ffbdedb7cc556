package com.attackacrack.crm.adapters.in.redis;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.adapters.out.redis.JobEntries;
import com.attackacrack.crm.adapters.out.redis.JobStreamConsumer;
import com.attackacrack.crm.adapters.out.redis.JobStreamKeys;
import com.attackacrack.crm.adapters.out.redis.RedisStreamJobQueue;
import com.attackacrack.crm.adapters.out.redis.testing.Poll;
import com.attackacrack.crm.adapters.out.redis.testing.TestRedis;
import com.attackacrack.crm.application.port.in.jobs.HandleJobUseCase;
import com.attackacrack.crm.application.port.out.Job;
import com.attackacrack.crm.application.port.out.JobQueue.QueueDepth;
import com.attackacrack.crm.application.port.out.JobRequest;
import com.attackacrack.crm.application.port.out.PermanentJobFailure;
import io.lettuce.core.Range;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RedisStreamJobWorkerTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final QueueDepth EMPTY = new QueueDepth(0, 0, 0, 0);

    private final TestRedis testRedis = TestRedis.get();
    private final String prefix = testRedis.newPrefix();
    private final JobStreamKeys keys = new JobStreamKeys(prefix);
    private final RedisCommands<String, String> redis = testRedis.connections().shared().sync();
    private final RedisStreamJobQueue queue = new RedisStreamJobQueue(testRedis.connections(), prefix, Clock.systemUTC());
    private final List<RedisStreamJobWorker> workers = new ArrayList<>();

    @AfterEach
    void stopWorkersAndDeleteKeys() {
        workers.forEach(worker -> worker.stop(Duration.ofSeconds(2)));
        testRedis.deleteKeys(prefix);
    }

    @Test
    void enqueuedJobIsHandledOnceAndAcked() {
        Recorder handler = new Recorder(job -> { });
        givenStartedWorker("w1", handler);

        String id = queue.enqueue(new JobRequest("test.echo", Map.of("note", "hi")));

        Poll.until(WAIT, "the job to be handled and acked", () -> handler.jobs.size() == 1 && queue.depth().equals(EMPTY));
        Job job = handler.jobs.getFirst();
        assertThat(job.id()).isEqualTo(id);
        assertThat(job.type()).isEqualTo("test.echo");
        assertThat(job.payload()).isEqualTo(Map.of("note", "hi"));
        assertThat(job.attempt()).isEqualTo(1);
    }

    @Test
    void delayedJobRunsOnlyAfterItsTime() {
        Recorder handler = new Recorder(job -> { });
        givenStartedWorker("w1", handler);
        Instant runAt = Instant.now().plusMillis(700);

        String id = queue.enqueueAt(new JobRequest("test.echo", Map.of()), runAt);

        Poll.until(WAIT, "the delayed job to run", () -> handler.jobs.size() == 1);
        assertThat(handler.startedAt.getFirst()).isAfterOrEqualTo(runAt);
        assertThat(handler.jobs.getFirst().id()).isEqualTo(id);
    }

    @Test
    void jobOfAConsumerThatDiedIsReclaimedAndHandledByAnother() {
        CountDownLatch taken = new CountDownLatch(1);
        RedisStreamJobWorker dying = givenStartedWorker("dying", givenSettings("dying"), job -> {
            taken.countDown();
            awaitForever();
        });
        String id = queue.enqueue(new JobRequest("test.echo", Map.of()));
        Poll.until(WAIT, "the first consumer to take the job", () -> taken.getCount() == 0);

        assertThat(dying.stop(Duration.ofMillis(50))).isFalse();
        Recorder rescuer = new Recorder(job -> { });
        givenStartedWorker("rescuer", rescuer);

        Poll.until(WAIT, "the job to be reclaimed and acked", () -> rescuer.jobs.size() == 1 && queue.depth().equals(EMPTY));
        assertThat(rescuer.jobs).singleElement().satisfies(job -> {
            assertThat(job.id()).isEqualTo(id);
            assertThat(job.attempt()).isEqualTo(2);
        });
    }

    @Test
    void jobWhoseConsumersAllDieIsDeadLetteredWithoutRunningAgain() {
        redis.xadd(keys.stream(), JobEntries.fields(null, "test.echo", 3, Instant.now(), Map.of()));
        JobStreamConsumer ghost = new JobStreamConsumer(testRedis.connections().shared(), prefix, "ghost", Clock.systemUTC());
        ghost.ensureGroup();
        assertThat(ghost.readNew(Duration.ofMillis(50), 1)).hasSize(1);
        Recorder handler = new Recorder(job -> { });

        givenStartedWorker("w1", handler);

        Poll.until(WAIT, "the abandoned job to be dead-lettered", () -> queue.depth().deadLetters() == 1);
        assertThat(handler.jobs).isEmpty();
        assertThat(deadLetter()).containsEntry("attempts", "3").extractingByKey("error").asString()
                .contains("visibility timeout");
    }

    @Test
    void transientFailureIsRetriedWithBackoffThenSucceeds() {
        Recorder handler = new Recorder(job -> {
            if (job.attempt() == 1) {
                throw new IllegalStateException("flaky");
            }
        });
        givenStartedWorker("w1", givenSettings("w1", 3, Duration.ofMillis(200)), handler);

        String id = queue.enqueue(new JobRequest("test.echo", Map.of("note", "hi")));

        Poll.until(WAIT, "the retry to succeed", () -> handler.jobs.size() == 2 && queue.depth().equals(EMPTY));
        assertThat(handler.jobs).extracting(Job::attempt).containsExactly(1, 2);
        assertThat(handler.jobs).extracting(Job::id).containsOnly(id);
        assertThat(handler.jobs.get(1).payload()).containsEntry("note", "hi");
        assertThat(Duration.between(handler.startedAt.get(0), handler.startedAt.get(1))).isGreaterThanOrEqualTo(Duration.ofMillis(100));
    }

    @Test
    void poisonJobIsDeadLetteredAfterMaxAttempts() {
        Recorder handler = new Recorder(job -> {
            throw new IllegalStateException("boom on attempt " + job.attempt());
        });
        givenStartedWorker("w1", handler);

        queue.enqueue(new JobRequest("test.echo", Map.of("note", "hi")));

        Poll.until(WAIT, "the poison job to be dead-lettered", () -> queue.depth().deadLetters() == 1);
        assertThat(queue.depth()).isEqualTo(new QueueDepth(0, 0, 0, 1));
        assertThat(handler.jobs).extracting(Job::attempt).containsExactly(1, 2, 3);
        assertThat(deadLetter()).containsEntry("attempts", "3").containsEntry("type", "test.echo")
                .containsEntry("p.note", "hi").containsKey("failedAt")
                .extractingByKey("error").asString().contains("IllegalStateException", "boom on attempt 3");
    }

    @Test
    void permanentFailureIsDeadLetteredOnTheFirstAttempt() {
        Recorder handler = new Recorder(job -> {
            throw new PermanentJobFailure("unknown customer");
        });
        givenStartedWorker("w1", handler);

        queue.enqueue(new JobRequest("test.echo", Map.of()));

        Poll.until(WAIT, "the job to be dead-lettered", () -> queue.depth().equals(new QueueDepth(0, 0, 0, 1)));
        assertThat(handler.jobs).hasSize(1);
        assertThat(deadLetter()).containsEntry("attempts", "1").extractingByKey("error").asString().contains("unknown customer");
    }

    @Test
    void gracefulStopLetsTheRunningJobFinishAndAck() {
        CountDownLatch started = new CountDownLatch(1);
        Recorder handler = new Recorder(job -> {
            started.countDown();
            sleep(Duration.ofMillis(300));
        });
        RedisStreamJobWorker worker = givenStartedWorker("w1", handler);
        queue.enqueue(new JobRequest("test.echo", Map.of()));
        Poll.until(WAIT, "the job to start", () -> started.getCount() == 0);

        assertThat(worker.stop(Duration.ofSeconds(5))).isTrue();

        assertThat(handler.finished).hasSize(1);
        assertThat(queue.depth()).isEqualTo(EMPTY);
    }

    @Test
    void workerRecoversWhenItsStreamAndGroupVanish() {
        Recorder handler = new Recorder(job -> { });
        givenStartedWorker("w1", handler);
        queue.enqueue(new JobRequest("test.echo", Map.of()));
        Poll.until(WAIT, "the first job", () -> handler.jobs.size() == 1 && queue.depth().equals(EMPTY));

        redis.del(keys.stream());
        queue.enqueue(new JobRequest("test.echo", Map.of()));

        Poll.until(WAIT, "the job after the group was recreated", () -> handler.jobs.size() == 2);
    }

    private RedisStreamJobWorker givenStartedWorker(String name, Recorder handler) {
        return givenStartedWorker(name, givenSettings(name), handler);
    }

    private RedisStreamJobWorker givenStartedWorker(String name, JobWorkerSettings settings, HandleJobUseCase handler) {
        RedisStreamJobWorker worker = new RedisStreamJobWorker(testRedis.connections(), prefix, handler, settings, Clock.systemUTC());
        workers.add(worker);
        worker.start();
        return worker;
    }

    private static JobWorkerSettings givenSettings(String name) {
        return givenSettings(name, 3, Duration.ofMillis(10));
    }

    private static JobWorkerSettings givenSettings(String name, int maxAttempts, Duration backoffBase) {
        return new JobWorkerSettings(name, Duration.ofMillis(100), Duration.ofSeconds(1), maxAttempts, backoffBase,
                backoffBase.multipliedBy(4), 10);
    }

    private Map<String, String> deadLetter() {
        List<StreamMessage<String, String>> dead = redis.xrange(keys.dead(), Range.create("-", "+"));
        assertThat(dead).hasSize(1);
        return dead.getFirst().getBody();
    }

    private static void awaitForever() {
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A handler that records every job it starts and finishes, then behaves as told. */
    private static final class Recorder implements HandleJobUseCase {

        final List<Job> jobs = new CopyOnWriteArrayList<>();
        final List<Instant> startedAt = new CopyOnWriteArrayList<>();
        final List<Job> finished = new CopyOnWriteArrayList<>();
        private final Consumer<Job> behaviour;

        Recorder(Consumer<Job> behaviour) {
            this.behaviour = behaviour;
        }

        @Override
        public void handle(Job job) {
            startedAt.add(Instant.now());
            jobs.add(job);
            behaviour.accept(job);
            finished.add(job);
        }
    }
}
