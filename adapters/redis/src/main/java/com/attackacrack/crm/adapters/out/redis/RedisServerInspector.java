package com.attackacrack.crm.adapters.out.redis;

import com.attackacrack.crm.application.port.out.RedisInspector;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/** Reads the System page's Redis facts from INFO: version, used memory and connected clients. */
public final class RedisServerInspector implements RedisInspector {

    private final RedisConnections redis;

    public RedisServerInspector(RedisConnections redis) {
        this.redis = Objects.requireNonNull(redis, "redis");
    }

    @Override
    public RedisFacts inspect() {
        Map<String, String> info = parse(redis.shared().sync().info());
        return new RedisFacts(info.getOrDefault("redis_version", "(version unknown)"), number(info, "used_memory"),
                number(info, "connected_clients"));
    }

    static Map<String, String> parse(String info) {
        Map<String, String> values = new HashMap<>();
        for (String line : info.split("\r?\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && !line.startsWith("#")) {
                values.put(line.substring(0, colon), line.substring(colon + 1).trim());
            }
        }
        return values;
    }

    private static long number(Map<String, String> info, String name) {
        String value = info.get(name);
        if (value == null) {
            throw new IllegalStateException("Redis INFO lacks " + name);
        }
        return Long.parseLong(value);
    }
}
