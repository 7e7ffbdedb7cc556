package com.attackacrack.crm.adapters.out.redis;

import com.attackacrack.crm.application.port.out.LoginThrottle;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.sync.RedisCommands;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The login throttle every web instance shares: failures of a key sit in a Redis sorted set scored by Redis time
 * (a sliding window), and the failure that reaches the limit swaps them for a lock key with a TTL, all in one Lua
 * script so concurrent failures cannot skip the lock. Key names carry a SHA-256 of the key, never the email or address.
 */
public final class RedisLoginThrottle implements LoginThrottle {

    private static final String RECORD_FAILURE = """
            local lockTtl = redis.call('PTTL', KEYS[2])
            if lockTtl > 0 then return lockTtl end
            local time = redis.call('TIME')
            local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
            redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - tonumber(ARGV[2]))
            redis.call('ZADD', KEYS[1], now, ARGV[4])
            if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[1]) then
              redis.call('DEL', KEYS[1])
              redis.call('SET', KEYS[2], '1', 'PX', ARGV[3])
              return tonumber(ARGV[3])
            end
            redis.call('PEXPIRE', KEYS[1], ARGV[2])
            return 0
            """;

    private final RedisConnections redis;
    private final String keyPrefix;
    private final LoginThrottleSettings settings;

    /** A throttle on {@code redis} whose keys start with {@code keyPrefix}. */
    public RedisLoginThrottle(RedisConnections redis, String keyPrefix, LoginThrottleSettings settings) {
        this.redis = Objects.requireNonNull(redis, "redis");
        this.keyPrefix = Objects.requireNonNull(keyPrefix, "keyPrefix");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public Optional<Duration> lockedFor(String key) {
        Long pttlMillis = commands().pttl(lockKey(hash(key)));
        return pttlMillis != null && pttlMillis > 0 ? Optional.of(Duration.ofMillis(pttlMillis)) : Optional.empty();
    }

    /** Counts one failure and answers the lock this failure set; while the key is locked it counts nothing and answers the rest. */
    @Override
    public Optional<Duration> recordFailure(String key) {
        String hashed = hash(key);
        Long result = commands().eval(RECORD_FAILURE, ScriptOutputType.INTEGER,
                new String[] {failuresKey(hashed), lockKey(hashed)},
                Integer.toString(settings.maxFailures()), Long.toString(settings.window().toMillis()),
                Long.toString(settings.lockDuration().toMillis()), UUID.randomUUID().toString());
        return result == null || result <= 0 ? Optional.empty() : Optional.of(Duration.ofMillis(result));
    }

    @Override
    public void reset(String key) {
        String hashed = hash(key);
        commands().del(failuresKey(hashed), lockKey(hashed));
    }

    private String failuresKey(String hashed) {
        return keyPrefix + "login:failures:" + hashed;
    }

    private String lockKey(String hashed) {
        return keyPrefix + "login:lock:" + hashed;
    }

    private static String hash(String key) {
        Objects.requireNonNull(key, "key");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    private RedisCommands<String, String> commands() {
        return redis.shared().sync();
    }
}
