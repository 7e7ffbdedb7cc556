package com.attackacrack.crm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.adapters.in.redis.JobWorkerSettings;
import com.attackacrack.crm.adapters.in.redis.RedisStreamJobWorker;
import com.attackacrack.crm.adapters.out.redis.RedisStreamJobQueue;
import com.attackacrack.crm.adapters.out.redis.testing.Poll;
import com.attackacrack.crm.adapters.out.redis.testing.TestRedis;
import com.attackacrack.crm.application.port.out.Job;
import com.attackacrack.crm.application.port.out.JobQueue.QueueDepth;
import com.attackacrack.crm.application.port.out.JobRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** A worker process killed with SIGKILL in the middle of a job loses no job: another worker reclaims and finishes it. */
class WorkerCrashTest {

    @Test
    void aJobWhoseWorkerProcessWasKilledMidJobIsRedeliveredAndCompletedElsewhere() throws Exception {
        TestRedis redis = TestRedis.get();
        String prefix = redis.newPrefix();
        RedisStreamJobQueue queue = new RedisStreamJobQueue(redis.connections(), prefix, Clock.systemUTC());
        String jobId = queue.enqueue(new JobRequest("test.slow", Map.of("n", "1")));

        try (CrmProcess doomed = CrmProcess.start(SlowJobWorkerMain.class.getName(), Map.of(),
                redis.url(), prefix, "doomed-worker")) {
            doomed.awaitOutput("started job " + jobId, Duration.ofSeconds(60));
            doomed.kill();
        }
        assertThat(queue.depth().inFlight()).isEqualTo(1);

        List<Job> completed = new CopyOnWriteArrayList<>();
        RedisStreamJobWorker survivor = new RedisStreamJobWorker(redis.connections(), prefix, completed::add,
                new JobWorkerSettings("survivor", Duration.ofMillis(200), Duration.ofSeconds(1), 5,
                        Duration.ofMillis(50), Duration.ofSeconds(1), 10), Clock.systemUTC());
        survivor.start();
        try {
            Poll.until(Duration.ofSeconds(30), "the survivor to finish the job", () -> !completed.isEmpty());
        } finally {
            survivor.stop(Duration.ofSeconds(5));
        }

        assertThat(completed).singleElement().satisfies(job -> {
            assertThat(job.id()).isEqualTo(jobId);
            assertThat(job.attempt()).isEqualTo(2);
        });
        assertThat(queue.depth()).isEqualTo(new QueueDepth(0, 0, 0, 0));
    }
}
