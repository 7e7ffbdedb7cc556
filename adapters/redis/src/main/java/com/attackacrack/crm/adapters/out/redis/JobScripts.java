package com.attackacrack.crm.adapters.out.redis;

import com.attackacrack.crm.application.port.out.JobQueue.QueueDepth;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.sync.RedisCommands;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The Lua scripts that move job entries between the stream, the delayed set and the dead letters atomically. */
final class JobScripts {

    private static final String PROMOTE = """
            local due = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, tonumber(ARGV[2]))
            for _, member in ipairs(due) do
              redis.call('ZREM', KEYS[1], member)
              local ok, fields = pcall(cjson.decode, member)
              if ok and type(fields) == 'table' then
                local args = {}
                for name, value in pairs(fields) do
                  args[#args + 1] = name
                  args[#args + 1] = value
                end
                redis.call('XADD', KEYS[2], '*', unpack(args))
              else
                redis.call('XADD', KEYS[3], '*', 'error', 'unreadable delayed member', 'raw', member, 'failedAt', ARGV[3])
              end
            end
            return #due
            """;

    private static final String IF_OWNED = """
            local owned = redis.call('XPENDING', KEYS[1], ARGV[1], ARGV[2], ARGV[2], 1, ARGV[3])
            if #owned == 0 then return 0 end
            """;

    private static final String ACK_AND_DELETE = """
            redis.call('XACK', KEYS[1], ARGV[1], ARGV[2])
            redis.call('XDEL', KEYS[1], ARGV[2])
            return 1
            """;

    private static final String REQUEUE = IF_OWNED + """
            redis.call('ZADD', KEYS[2], ARGV[5], ARGV[4])
            """ + ACK_AND_DELETE;

    private static final String DEAD_LETTER = IF_OWNED + """
            local fields = {}
            for i = 4, #ARGV do fields[#fields + 1] = ARGV[i] end
            redis.call('XADD', KEYS[2], '*', unpack(fields))
            """ + ACK_AND_DELETE;

    private static final String DEPTH = """
            local inFlight = 0
            local pending = redis.pcall('XPENDING', KEYS[1], ARGV[1])
            if type(pending) == 'table' and pending.err == nil then inFlight = pending[1] end
            local ready = math.max(0, redis.call('XLEN', KEYS[1]) - inFlight)
            return {ready, inFlight, redis.call('ZCARD', KEYS[2]), redis.call('XLEN', KEYS[3])}
            """;

    private JobScripts() {
    }

    static long promote(RedisCommands<String, String> redis, JobStreamKeys keys, long nowMillis, int limit, String now) {
        Long moved = redis.eval(PROMOTE, ScriptOutputType.INTEGER, new String[] {keys.delayed(), keys.stream(), keys.dead()},
                Long.toString(nowMillis), Integer.toString(limit), now);
        return moved == null ? 0 : moved;
    }

    static boolean ack(RedisCommands<String, String> redis, JobStreamKeys keys, String consumer, String entryId) {
        return ran(redis.eval(IF_OWNED + ACK_AND_DELETE, ScriptOutputType.INTEGER, new String[] {keys.stream()},
                JobStreamKeys.GROUP, entryId, consumer));
    }

    static boolean requeue(RedisCommands<String, String> redis, JobStreamKeys keys, String consumer, String entryId,
                           String member, long runAtMillis) {
        return ran(redis.eval(REQUEUE, ScriptOutputType.INTEGER, new String[] {keys.stream(), keys.delayed()},
                JobStreamKeys.GROUP, entryId, consumer, member, Long.toString(runAtMillis)));
    }

    static boolean deadLetter(RedisCommands<String, String> redis, JobStreamKeys keys, String consumer, String entryId,
                              Map<String, String> fields) {
        List<String> args = new ArrayList<>(List.of(JobStreamKeys.GROUP, entryId, consumer));
        fields.forEach((name, value) -> {
            args.add(name);
            args.add(value);
        });
        return ran(redis.eval(DEAD_LETTER, ScriptOutputType.INTEGER, new String[] {keys.stream(), keys.dead()},
                args.toArray(String[]::new)));
    }

    static QueueDepth depth(RedisCommands<String, String> redis, JobStreamKeys keys) {
        List<Object> counts = redis.eval(DEPTH, ScriptOutputType.MULTI, new String[] {keys.stream(), keys.delayed(), keys.dead()},
                JobStreamKeys.GROUP);
        return new QueueDepth(count(counts, 0), count(counts, 1), count(counts, 2), count(counts, 3));
    }

    private static long count(List<Object> counts, int index) {
        return ((Number) counts.get(index)).longValue();
    }

    private static boolean ran(Long result) {
        return result != null && result == 1L;
    }
}
