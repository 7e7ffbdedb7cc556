package com.attackacrack.crm.application.service.system;

import com.attackacrack.crm.application.port.in.system.GetSystemOverviewUseCase;
import com.attackacrack.crm.application.port.in.system.SystemOverview;
import com.attackacrack.crm.application.port.in.system.SystemOverview.BuildDetails;
import com.attackacrack.crm.application.port.in.system.SystemOverview.ProcessStatus;
import com.attackacrack.crm.application.port.in.system.SystemOverview.ProcessesOverview;
import com.attackacrack.crm.application.port.in.system.SystemOverview.QueueOverview;
import com.attackacrack.crm.application.port.in.system.SystemOverview.Section;
import com.attackacrack.crm.application.port.in.system.SystemOverview.TypeDepth;
import com.attackacrack.crm.application.port.out.DatabaseInspector;
import com.attackacrack.crm.application.port.out.HeartbeatRepository;
import com.attackacrack.crm.application.port.out.JobQueue;
import com.attackacrack.crm.application.port.out.JobQueue.DepthByType;
import com.attackacrack.crm.application.port.out.RedisInspector;
import com.attackacrack.crm.domain.system.Heartbeat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads each part of the System page from its own port; a part whose port throws becomes "unavailable" with the
 * reason, so one broken dependency never hides the others. Only processes heard from within the last hour are listed.
 */
public final class GetSystemOverviewService implements GetSystemOverviewUseCase {

    /** How many entries of each queue state are examined for the per-type counts. */
    public static final int QUEUE_SCAN_LIMIT = 10_000;
    /** Processes heard from within this long are listed; older ones (stopped, replaced by a deploy) are only counted. */
    public static final Duration SHOWN_WITHIN = Duration.ofHours(1);

    private static final Logger LOG = LoggerFactory.getLogger(GetSystemOverviewService.class);

    private final DatabaseInspector database;
    private final RedisInspector redis;
    private final JobQueue queue;
    private final HeartbeatRepository heartbeats;
    private final Clock clock;
    private final Duration maxSilence;
    private final Duration purgedAfter;
    private final BuildDetails build;

    /**
     * The service over its ports.
     *
     * @param maxSilence  how long a process may stay silent before it counts as stale (the health check's limit)
     * @param purgedAfter how long the daily purge keeps the heartbeat of a silent process (said on the page)
     * @param build       this build and its environment
     */
    public GetSystemOverviewService(DatabaseInspector database, RedisInspector redis, JobQueue queue,
                                    HeartbeatRepository heartbeats, Clock clock, Duration maxSilence, Duration purgedAfter,
                                    BuildDetails build) {
        this.database = Objects.requireNonNull(database, "database");
        this.redis = Objects.requireNonNull(redis, "redis");
        this.queue = Objects.requireNonNull(queue, "queue");
        this.heartbeats = Objects.requireNonNull(heartbeats, "heartbeats");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.maxSilence = Objects.requireNonNull(maxSilence, "maxSilence");
        this.purgedAfter = Objects.requireNonNull(purgedAfter, "purgedAfter");
        this.build = Objects.requireNonNull(build, "build");
    }

    @Override
    public SystemOverview overview() {
        Instant now = clock.instant();
        return new SystemOverview(now, build, read("database", database::inspect), read("redis", redis::inspect),
                read("queue", this::queue), read("processes", () -> processes(now)));
    }

    private QueueOverview queue() {
        DepthByType byType = queue.depthByType(QUEUE_SCAN_LIMIT);
        JobQueue.QueueDepth totals = queue.depth();
        List<TypeDepth> types = byType.byType().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(it -> new TypeDepth(it.getKey(), it.getValue()))
                .toList();
        return new QueueOverview(types, totals, byType.capped(), QUEUE_SCAN_LIMIT);
    }

    private ProcessesOverview processes(Instant now) {
        List<Heartbeat> all = heartbeats.all();
        List<ProcessStatus> processes = all.stream()
                .filter(it -> it.isFresh(now, SHOWN_WITHIN))
                .sorted(Comparator.<Heartbeat, Integer>comparing(it -> it.process().role().ordinal())
                        .thenComparing(Heartbeat::receivedAt, Comparator.reverseOrder()))
                .map(it -> status(it, now))
                .toList();
        return new ProcessesOverview(processes, maxSilence, all.size() - processes.size(), SHOWN_WITHIN, purgedAfter);
    }

    private ProcessStatus status(Heartbeat beat, Instant now) {
        Duration age = Duration.between(beat.receivedAt(), now);
        return new ProcessStatus(beat.process(), beat.receivedAt(), age.isNegative() ? Duration.ZERO : age,
                beat.queueLag(), beat.isFresh(now, maxSilence));
    }

    private static <T> Section<T> read(String part, Supplier<T> source) {
        try {
            return Section.of(source.get());
        } catch (RuntimeException e) {
            LOG.warn("System page: the {} part is unavailable: {}", part, e.toString());
            return Section.failed(reason(e));
        }
    }

    private static String reason(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null || message.isBlank() ? root.getClass().getSimpleName() : message.strip();
    }
}
