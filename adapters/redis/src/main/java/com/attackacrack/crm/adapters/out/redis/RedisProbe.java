package com.attackacrack.crm.adapters.out.redis;

import com.attackacrack.crm.application.port.out.ComponentProbe;
import com.attackacrack.crm.domain.system.ComponentStatus;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.api.async.RedisAsyncCommands;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Reports Redis up with its version when it answers PING within a short timeout, down with the reason otherwise. */
public final class RedisProbe implements ComponentProbe {

    static final String NAME = "redis";

    private final RedisConnections redis;
    private final Duration timeout;

    public RedisProbe(RedisConnections redis, Duration timeout) {
        this.redis = redis;
        this.timeout = timeout;
    }

    @Override
    public ComponentStatus check() {
        long started = System.nanoTime();
        try {
            RedisAsyncCommands<String, String> async = redis.shared().async();
            RedisFuture<String> pong = async.ping();
            RedisFuture<String> info = async.info("server");
            pong.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            long latency = elapsedMillis(started);
            String version = version(info.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
            return ComponentStatus.up(NAME, "Redis " + version, latency);
        } catch (TimeoutException e) {
            return down("no answer from " + redis.describe() + " within " + timeout.toMillis() + " ms", started);
        } catch (ExecutionException e) {
            return down(reason(e.getCause() == null ? e : e.getCause()), started);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return down("interrupted while waiting for " + redis.describe(), started);
        } catch (RuntimeException e) {
            return down(reason(e), started);
        }
    }

    private String reason(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return "cannot reach " + redis.describe() + ": " + message;
    }

    private static String version(String info) {
        for (String line : info.split("\r?\n")) {
            if (line.startsWith("redis_version:")) {
                return line.substring("redis_version:".length()).trim();
            }
        }
        return "(version unknown)";
    }

    private static ComponentStatus down(String detail, long startedNanos) {
        return ComponentStatus.down(NAME, detail, elapsedMillis(startedNanos));
    }

    private static long elapsedMillis(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos).toMillis();
    }
}
