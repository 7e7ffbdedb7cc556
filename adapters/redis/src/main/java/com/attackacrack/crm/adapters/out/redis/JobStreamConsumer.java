package com.attackacrack.crm.adapters.out.redis;

import io.lettuce.core.Consumer;
import io.lettuce.core.Limit;
import io.lettuce.core.Range;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.XAutoClaimArgs;
import io.lettuce.core.XGroupCreateArgs;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.models.stream.ClaimedMessages;
import io.lettuce.core.models.stream.PendingMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One named consumer of the job stream on a connection it may block: reads new entries, reclaims entries idle too
 * long and settles each; a settle only takes effect while the entry is still pending for this consumer.
 */
public final class JobStreamConsumer {

    private final RedisCommands<String, String> redis;
    private final JobStreamKeys keys;
    private final Consumer<String> consumer;
    private final Clock clock;
    private String claimCursor = "0-0";

    public JobStreamConsumer(StatefulRedisConnection<String, String> connection, String keyPrefix, String consumerName,
                             Clock clock) {
        this.redis = connection.sync();
        this.keys = new JobStreamKeys(keyPrefix);
        this.consumer = Consumer.from(JobStreamKeys.GROUP, consumerName);
        this.clock = clock;
    }

    /** Creates the stream and its consumer group (from the first entry) unless they exist. */
    public void ensureGroup() {
        try {
            redis.xgroupCreate(XReadArgs.StreamOffset.from(keys.stream(), "0"), JobStreamKeys.GROUP,
                    new XGroupCreateArgs().mkstream(true));
        } catch (RedisCommandExecutionException e) {
            if (e.getMessage() == null || !e.getMessage().startsWith("BUSYGROUP")) {
                throw e;
            }
        }
    }

    /** Moves due delayed jobs to the stream; see {@link RedisStreamJobQueue#promoteDueJobs()}. */
    public long promoteDueJobs(int limit) {
        return JobScripts.promote(redis, keys, clock.millis(), limit, clock.instant().toString());
    }

    /** Up to {@code count} entries never delivered before, waiting up to {@code block} for one to arrive. */
    public List<ReceivedJob> readNew(Duration block, int count) {
        List<StreamMessage<String, String>> messages = redis.xreadgroup(consumer, XReadArgs.Builder.block(block).count(count),
                XReadArgs.StreamOffset.lastConsumed(keys.stream()));
        List<ReceivedJob> jobs = new ArrayList<>();
        for (StreamMessage<String, String> message : messages) {
            jobs.add(new ReceivedJob(message.getId(), message.getBody(), JobEntries.storedAttempt(message.getBody())));
        }
        return jobs;
    }

    /**
     * Takes over up to {@code count} entries whose consumer has not settled them for {@code minIdle}; each delivery
     * counts as an attempt, so the attempt is the stored attempt plus the deliveries before this one.
     */
    public List<ReceivedJob> reclaimIdle(Duration minIdle, int count) {
        ClaimedMessages<String, String> claimed = redis.xautoclaim(keys.stream(), new XAutoClaimArgs<String>()
                .consumer(consumer).minIdleTime(minIdle).startId(claimCursor).count(count));
        claimCursor = claimed.getId() == null ? "0-0" : claimed.getId();
        List<StreamMessage<String, String>> messages = claimed.getMessages();
        if (messages.isEmpty()) {
            return List.of();
        }
        Map<String, Long> deliveries = deliveryCounts(messages);
        List<ReceivedJob> jobs = new ArrayList<>();
        for (StreamMessage<String, String> message : messages) {
            if (message.getBody() == null || message.getBody().isEmpty()) {
                JobScripts.ack(redis, keys, consumer.getName(), message.getId());
                continue;
            }
            long delivered = deliveries.getOrDefault(message.getId(), 2L);
            int attempt = Math.toIntExact(JobEntries.storedAttempt(message.getBody()) + Math.max(0, delivered - 1));
            jobs.add(new ReceivedJob(message.getId(), message.getBody(), attempt));
        }
        return jobs;
    }

    private Map<String, Long> deliveryCounts(List<StreamMessage<String, String>> messages) {
        Range<String> ids = Range.create(messages.getFirst().getId(), messages.getLast().getId());
        Map<String, Long> counts = new HashMap<>();
        for (PendingMessage pending : redis.xpending(keys.stream(), consumer, ids, Limit.from(messages.size() + 100L))) {
            counts.put(pending.getId(), pending.getRedeliveryCount());
        }
        return counts;
    }

    /** Acks and deletes the entry; false when it is no longer pending for this consumer. */
    public boolean complete(ReceivedJob job) {
        return JobScripts.ack(redis, keys, consumer.getName(), job.entryId());
    }

    /** Settles the entry and puts the job back in the delayed set to run as {@code attempt} at {@code runAt}. */
    public boolean requeue(ReceivedJob job, int attempt, Instant runAt) {
        String member = JobEntries.toJson(JobEntries.withAttempt(job.fields(), job.jobId(), attempt));
        return JobScripts.requeue(redis, keys, consumer.getName(), job.entryId(), member, runAt.toEpochMilli());
    }

    /** Settles the entry into the dead-letter stream with the error, the time and how many attempts ran. */
    public boolean deadLetter(ReceivedJob job, String error, int attempts) {
        Map<String, String> fields = new LinkedHashMap<>(job.fields());
        fields.putIfAbsent(JobEntries.JOB_ID, job.jobId());
        fields.put("error", error);
        fields.put("failedAt", clock.instant().toString());
        fields.put("attempts", Integer.toString(attempts));
        return JobScripts.deadLetter(redis, keys, consumer.getName(), job.entryId(), fields);
    }

    /** The Redis client id of this consumer's connection, for CLIENT UNBLOCK; empty when Redis will not tell. */
    public Optional<Long> clientId() {
        try {
            return Optional.ofNullable(redis.clientId());
        } catch (RedisCommandExecutionException e) {
            return Optional.empty();
        }
    }

    /** Leaves the consumer group when nothing is pending for this consumer any more. */
    public void leaveGroupIfIdle() {
        Long pending = redis.xpending(keys.stream(), JobStreamKeys.GROUP).getConsumerMessageCount().get(consumer.getName());
        if (pending == null || pending == 0) {
            redis.xgroupDelconsumer(keys.stream(), consumer);
        }
    }
}
