package com.attackacrack.crm.adapters.out.redis;

import com.attackacrack.crm.application.port.out.JobQueue;
import com.attackacrack.crm.application.port.out.JobRequest;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The job queue on a Redis stream: {@code enqueue} returns the stream entry id; {@code enqueueAt} with a future time
 * returns {@code delayed-<uuid>}, which the job keeps as its id once it is promoted to the stream.
 */
public final class RedisStreamJobQueue implements JobQueue {

    /** Prefix of the ids given to jobs enqueued for a later time. */
    public static final String DELAYED_ID_PREFIX = "delayed-";
    private static final int PROMOTE_LIMIT = 500;

    private final RedisConnections redis;
    private final JobStreamKeys keys;
    private final Clock clock;

    public RedisStreamJobQueue(RedisConnections redis, String keyPrefix, Clock clock) {
        this.redis = Objects.requireNonNull(redis, "redis");
        this.keys = new JobStreamKeys(keyPrefix);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public String enqueue(JobRequest request) {
        Map<String, String> fields = JobEntries.fields(null, request.type(), 1, clock.instant(), request.payload());
        return commands().xadd(keys.stream(), fields);
    }

    @Override
    public String enqueueAt(JobRequest request, Instant runAt) {
        Instant now = clock.instant();
        if (!runAt.isAfter(now)) {
            return enqueue(request);
        }
        String id = DELAYED_ID_PREFIX + UUID.randomUUID();
        Map<String, String> fields = JobEntries.fields(id, request.type(), 1, now, request.payload());
        commands().zadd(keys.delayed(), runAt.toEpochMilli(), JobEntries.toJson(fields));
        return id;
    }

    /**
     * Moves delayed jobs whose time has come to the stream in one Lua script, so concurrent promoters never move a job
     * twice; returns how many were moved (an unreadable member goes to the dead letters instead).
     */
    public long promoteDueJobs() {
        return JobScripts.promote(commands(), keys, clock.millis(), PROMOTE_LIMIT, clock.instant().toString());
    }

    /**
     * Counts read in one script: ready = stream length minus pending entries (settled entries are always deleted
     * together with their ack), in flight = XPENDING count, delayed = ZCARD, dead letters = length of the dead stream.
     */
    @Override
    public QueueDepth depth() {
        return JobScripts.depth(commands(), keys);
    }

    /** Counts per job type, reading at most {@code limit} entries of each state; see {@link JobQueueCensus}. */
    @Override
    public DepthByType depthByType(int limit) {
        return JobQueueCensus.count(commands(), keys, limit);
    }

    private RedisCommands<String, String> commands() {
        return redis.shared().sync();
    }
}
