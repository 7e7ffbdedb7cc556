package com.attackacrack.crm.application.service.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.application.fakes.InMemoryHeartbeatRepository;
import com.attackacrack.crm.application.fakes.MutableClock;
import com.attackacrack.crm.application.port.in.system.SystemOverview;
import com.attackacrack.crm.application.port.in.system.SystemOverview.BuildDetails;
import com.attackacrack.crm.application.port.in.system.SystemOverview.ProcessStatus;
import com.attackacrack.crm.application.port.in.system.SystemOverview.TypeDepth;
import com.attackacrack.crm.application.port.out.DatabaseInspector.DatabaseFacts;
import com.attackacrack.crm.application.port.out.HeartbeatRepository;
import com.attackacrack.crm.application.port.out.JobQueue;
import com.attackacrack.crm.application.port.out.JobRequest;
import com.attackacrack.crm.application.port.out.RedisInspector.RedisFacts;
import com.attackacrack.crm.domain.system.Heartbeat;
import com.attackacrack.crm.domain.system.ProcessInfo;
import com.attackacrack.crm.domain.system.ProcessRole;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GetSystemOverviewServiceTest {

    private static final Instant T0 = Instant.parse("2026-11-26T12:00:00Z");
    private static final Duration MAX_SILENCE = Duration.ofSeconds(45);
    private static final Duration PURGED_AFTER = Duration.ofHours(24);
    private static final BuildDetails BUILD = new BuildDetails("1.2.3", "2026-11-20T08:00:00Z", "production");
    private static final DatabaseFacts DATABASE = new DatabaseFacts("17.2", "13", 13, 9_000_000, 7);
    private static final RedisFacts REDIS = new RedisFacts("7.4.1", 1_234_567, 4);

    private final MutableClock clock = new MutableClock(T0);
    private final InMemoryHeartbeatRepository heartbeats = new InMemoryHeartbeatRepository();
    private final FakeQueue queue = new FakeQueue();

    private GetSystemOverviewService service() {
        return new GetSystemOverviewService(() -> DATABASE, () -> REDIS, queue, heartbeats, clock, MAX_SILENCE,
                PURGED_AFTER, BUILD);
    }

    @Test
    void everyPartIsReadWithTheBuildAndTheTime() {
        SystemOverview overview = service().overview();

        assertThat(overview.checkedAt()).isEqualTo(T0);
        assertThat(overview.build()).isEqualTo(BUILD);
        assertThat(overview.database().value()).isEqualTo(DATABASE);
        assertThat(overview.redis().value()).isEqualTo(REDIS);
        assertThat(overview.queue().available()).isTrue();
        assertThat(overview.processes().available()).isTrue();
    }

    @Test
    void queueTypesAreSortedWithExactTotalsAndTheCappedStates() {
        queue.byType = Map.of("message.send", new JobQueue.QueueDepth(3, 1, 0, 2),
                "heartbeat", new JobQueue.QueueDepth(1, 0, 0, 0));
        queue.capped = EnumSet.of(JobQueue.JobState.READY);
        queue.totals = new JobQueue.QueueDepth(12_000, 1, 0, 2);

        SystemOverview.QueueOverview depth = service().overview().queue().value();

        assertThat(depth.types()).extracting(TypeDepth::type).containsExactly("heartbeat", "message.send");
        assertThat(depth.types().get(1).depth()).isEqualTo(new JobQueue.QueueDepth(3, 1, 0, 2));
        assertThat(depth.totals()).isEqualTo(new JobQueue.QueueDepth(12_000, 1, 0, 2));
        assertThat(depth.capped()).containsExactly(JobQueue.JobState.READY);
        assertThat(depth.limit()).isEqualTo(GetSystemOverviewService.QUEUE_SCAN_LIMIT);
        assertThat(queue.limitAsked).isEqualTo(10_000);
    }

    @Test
    void processesAreFreshOrStaleByTheHealthChecksSilenceAndGroupedByRole() {
        beat("sched-1", ProcessRole.SCHEDULER, T0.minusSeconds(46), Duration.ofMillis(5));
        beat("work-old", ProcessRole.WORKER, T0.minusSeconds(300), Duration.ZERO);
        beat("work-new", ProcessRole.WORKER, T0.minusSeconds(45), Duration.ofMillis(250));
        beat("serve-1", ProcessRole.SERVE, T0.minusSeconds(3), Duration.ZERO);

        SystemOverview.ProcessesOverview processes = service().overview().processes().value();

        assertThat(processes.processes()).extracting(it -> it.process().processId())
                .containsExactly("serve-1", "work-new", "work-old", "sched-1");
        ProcessStatus newWorker = processes.processes().get(1);
        assertThat(newWorker.fresh()).isTrue();
        assertThat(newWorker.age()).isEqualTo(Duration.ofSeconds(45));
        assertThat(newWorker.queueLag()).isEqualTo(Duration.ofMillis(250));
        assertThat(newWorker.lastHeartbeatAt()).isEqualTo(T0.minusSeconds(45));
        assertThat(processes.processes().get(2).fresh()).isFalse();
        assertThat(processes.processes().get(3).fresh()).isFalse();
        assertThat(processes.maxSilence()).isEqualTo(MAX_SILENCE);
        assertThat(processes.reported(ProcessRole.SCHEDULER)).isTrue();
        assertThat(processes.notShown()).isZero();

        clock.advance(Duration.ofSeconds(1));
        assertThat(service().overview().processes().value().processes().get(1).fresh()).isFalse();
    }

    @Test
    void withoutASchedulerHeartbeatNoSchedulerHasReported() {
        beat("work-1", ProcessRole.WORKER, T0, Duration.ZERO);

        SystemOverview.ProcessesOverview processes = service().overview().processes().value();

        assertThat(processes.reported(ProcessRole.SCHEDULER)).isFalse();
        assertThat(processes.reported(ProcessRole.WORKER)).isTrue();
    }

    @Test
    void onlyProcessesHeardFromWithinTheLastHourAreShownAndTheOlderOnesCounted() {
        beat("serve-now", ProcessRole.SERVE, T0, Duration.ZERO);
        beat("work-hour", ProcessRole.WORKER, T0.minus(Duration.ofHours(1)), Duration.ZERO);
        beat("work-gone", ProcessRole.WORKER, T0.minus(Duration.ofHours(1)).minusSeconds(1), Duration.ZERO);
        beat("sched-gone", ProcessRole.SCHEDULER, T0.minus(Duration.ofHours(20)), Duration.ZERO);

        SystemOverview.ProcessesOverview processes = service().overview().processes().value();

        assertThat(processes.processes()).extracting(it -> it.process().processId())
                .containsExactly("serve-now", "work-hour");
        assertThat(processes.notShown()).isEqualTo(2);
        assertThat(processes.shownWithin()).isEqualTo(Duration.ofHours(1));
        assertThat(processes.purgedAfter()).isEqualTo(PURGED_AFTER);
        assertThat(processes.reported(ProcessRole.WORKER)).isTrue();
        assertThat(processes.reported(ProcessRole.SCHEDULER)).as("only a hidden scheduler has reported").isFalse();
    }

    @Test
    void aFailingPartIsUnavailableWithItsRootReasonAndTheOthersStillShow() {
        queue.failure = new IllegalStateException("redis down", new ConnectException("Connection refused: localhost/6379"));
        GetSystemOverviewService service = new GetSystemOverviewService(() -> {
            throw new UncheckedIOException(new java.io.IOException("database is starting up"));
        }, () -> REDIS, queue, new UnreadableHeartbeats(), clock, MAX_SILENCE, PURGED_AFTER, BUILD);

        SystemOverview overview = service.overview();

        assertThat(overview.database().available()).isFalse();
        assertThat(overview.database().unavailable()).isEqualTo("database is starting up");
        assertThat(overview.queue().unavailable()).isEqualTo("Connection refused: localhost/6379");
        assertThat(overview.processes().unavailable()).isEqualTo("IllegalStateException");
        assertThat(overview.redis().value()).isEqualTo(REDIS);
    }

    private void beat(String processId, ProcessRole role, Instant receivedAt, Duration lag) {
        heartbeats.record(new Heartbeat(new ProcessInfo(processId, role, "host-a", "1.2.3", T0.minusSeconds(3600)),
                receivedAt.minus(lag), receivedAt));
    }

    /** Heartbeats that cannot be read. */
    private static final class UnreadableHeartbeats implements HeartbeatRepository {
        @Override
        public void record(Heartbeat heartbeat) {
            throw new IllegalStateException();
        }

        @Override
        public Optional<Heartbeat> latest(ProcessRole role) {
            throw new IllegalStateException();
        }

        @Override
        public List<Heartbeat> all() {
            throw new IllegalStateException();
        }
    }

    /** A queue whose counts the test sets. */
    private static final class FakeQueue implements JobQueue {
        private Map<String, QueueDepth> byType = Map.of();
        private Set<JobState> capped = Set.of();
        private QueueDepth totals = QueueDepth.EMPTY;
        private RuntimeException failure;
        private int limitAsked;

        @Override
        public String enqueue(JobRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String enqueueAt(JobRequest request, Instant runAt) {
            throw new UnsupportedOperationException();
        }

        @Override
        public QueueDepth depth() {
            return totals;
        }

        @Override
        public DepthByType depthByType(int limit) {
            if (failure != null) {
                throw failure;
            }
            limitAsked = limit;
            return new DepthByType(byType, capped);
        }
    }
}
