package com.attackacrack.crm.adapters.out.redis;

import com.attackacrack.crm.application.port.out.JobQueue.DepthByType;
import com.attackacrack.crm.application.port.out.JobQueue.JobState;
import com.attackacrack.crm.application.port.out.JobQueue.QueueDepth;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lettuce.core.Limit;
import io.lettuce.core.Range;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.models.stream.PendingMessage;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts the job queue's entries per job type in each state, reading at most a limit of entries per state:
 * ready = stream entries after the consumer group's last-delivered id; in flight = the group's pending entries
 * (XPENDING for their ids, XRANGE over them for their types); delayed = the sorted set's members (JSON with a type);
 * dead letters = the dead stream.
 */
final class JobQueueCensus {

    private static final int PAGE = 1_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RedisCommands<String, String> redis;
    private final JobStreamKeys keys;
    private final int limit;
    private final Map<String, long[]> counts = new HashMap<>();
    private final Set<JobState> capped = EnumSet.noneOf(JobState.class);
    private String lastSeen;

    private JobQueueCensus(RedisCommands<String, String> redis, JobStreamKeys keys, int limit) {
        this.redis = redis;
        this.keys = keys;
        this.limit = limit;
    }

    static DepthByType count(RedisCommands<String, String> redis, JobStreamKeys keys, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        return new JobQueueCensus(redis, keys, limit).count();
    }

    private DepthByType count() {
        String lastDelivered = lastDeliveredId();
        countReady(lastDelivered);
        if (lastDelivered != null) {
            countInFlight();
        }
        countDelayed();
        countDead();
        Map<String, QueueDepth> byType = new HashMap<>();
        counts.forEach((type, c) -> byType.put(type, new QueueDepth(c[0], c[1], c[2], c[3])));
        return new DepthByType(byType, capped);
    }

    /** The group's last-delivered id; null when there is no stream or no group yet (every entry is then ready). */
    private String lastDeliveredId() {
        List<Object> groups;
        try {
            groups = redis.xinfoGroups(keys.stream());
        } catch (RedisCommandExecutionException e) {
            return null;
        }
        for (Object group : groups) {
            List<?> fields = (List<?>) group;
            Map<String, String> values = new HashMap<>();
            for (int i = 0; i + 1 < fields.size(); i += 2) {
                values.put(String.valueOf(fields.get(i)), String.valueOf(fields.get(i + 1)));
            }
            if (JobStreamKeys.GROUP.equals(values.get("name"))) {
                return values.getOrDefault("last-delivered-id", "0-0");
            }
        }
        return null;
    }

    private void countReady(String lastDelivered) {
        String start = lastDelivered == null ? "-" : next(lastDelivered);
        int examined = scan(keys.stream(), start, JobState.READY);
        if (examined >= limit && hasMoreAfterLastSeen(keys.stream())) {
            capped.add(JobState.READY);
        }
    }

    private void countInFlight() {
        List<PendingMessage> pending = redis.xpending(keys.stream(), JobStreamKeys.GROUP, Range.create("-", "+"),
                Limit.from(limit + 1L));
        if (pending.isEmpty()) {
            return;
        }
        if (pending.size() > limit) {
            capped.add(JobState.IN_FLIGHT);
            pending = pending.subList(0, limit);
        }
        Set<String> ids = new HashSet<>();
        pending.forEach(it -> ids.add(it.getId()));
        int found = scanPending(pending.getFirst().getId(), pending.getLast().getId(), ids);
        add(DepthByType.UNKNOWN_TYPE, JobState.IN_FLIGHT, ids.size() - found);
    }

    private int scanPending(String first, String last, Set<String> ids) {
        int found = 0;
        int examined = 0;
        String start = first;
        while (examined < 2 * limit) {
            List<StreamMessage<String, String>> page = redis.xrange(keys.stream(), Range.create(start, last), Limit.from(PAGE));
            for (StreamMessage<String, String> message : page) {
                if (ids.contains(message.getId())) {
                    add(type(message.getBody()), JobState.IN_FLIGHT, 1);
                    found++;
                }
            }
            examined += page.size();
            if (page.size() < PAGE) {
                break;
            }
            start = next(page.getLast().getId());
        }
        return found;
    }

    private void countDelayed() {
        List<String> members = redis.zrange(keys.delayed(), 0, limit - 1L);
        for (String member : members) {
            add(delayedType(member), JobState.DELAYED, 1);
        }
        if (members.size() >= limit && redis.zcard(keys.delayed()) > limit) {
            capped.add(JobState.DELAYED);
        }
    }

    private void countDead() {
        int examined = scan(keys.dead(), "-", JobState.DEAD_LETTERS);
        if (examined >= limit && redis.xlen(keys.dead()) > limit) {
            capped.add(JobState.DEAD_LETTERS);
        }
    }

    /** Counts up to the limit of entries of the stream from the id on by type; returns how many it examined. */
    private int scan(String stream, String from, JobState state) {
        int examined = 0;
        String start = from;
        while (examined < limit) {
            int want = Math.min(PAGE, limit - examined);
            List<StreamMessage<String, String>> page = redis.xrange(stream, Range.create(start, "+"), Limit.from(want));
            for (StreamMessage<String, String> message : page) {
                add(type(message.getBody()), state, 1);
            }
            examined += page.size();
            if (!page.isEmpty()) {
                lastSeen = page.getLast().getId();
            }
            if (page.size() < want) {
                break;
            }
            start = next(lastSeen);
        }
        return examined;
    }

    private boolean hasMoreAfterLastSeen(String stream) {
        return !redis.xrange(stream, Range.create(next(lastSeen), "+"), Limit.from(1)).isEmpty();
    }

    private void add(String type, JobState state, long count) {
        if (count > 0) {
            counts.computeIfAbsent(type, it -> new long[4])[state.ordinal()] += count;
        }
    }

    private static String type(Map<String, String> fields) {
        String type = fields == null ? null : fields.get(JobEntries.TYPE);
        return type == null || type.isBlank() ? DepthByType.UNKNOWN_TYPE : type;
    }

    private static String delayedType(String member) {
        try {
            JsonNode type = JSON.readTree(member).get(JobEntries.TYPE);
            return type == null || !type.isTextual() || type.asText().isBlank() ? DepthByType.UNKNOWN_TYPE : type.asText();
        } catch (JsonProcessingException e) {
            return DepthByType.UNKNOWN_TYPE;
        }
    }

    /** The smallest stream id after {@code id} ("ms-seq"). */
    static String next(String id) {
        int dash = id.indexOf('-');
        if (dash < 0) {
            return id + "-1";
        }
        long ms = Long.parseUnsignedLong(id.substring(0, dash));
        long seq = Long.parseUnsignedLong(id.substring(dash + 1));
        return seq == -1L ? Long.toUnsignedString(ms + 1) + "-0" : Long.toUnsignedString(ms) + "-" + Long.toUnsignedString(seq + 1);
    }
}
