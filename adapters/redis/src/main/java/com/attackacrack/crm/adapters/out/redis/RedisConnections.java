package com.attackacrack.crm.adapters.out.redis;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.UnblockType;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Duration;

/** Owns the Lettuce client for one Redis URL: a shared connection for short commands and dedicated ones for blocking reads. */
public final class RedisConnections implements AutoCloseable {

    /** How long a non-blocking command may take before it fails. */
    public static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
    private static final String URL_SHAPE = "redis://[:password@]host:port[/db] or rediss://...";

    private final RedisURI uri;
    private final RedisClient client;
    private StatefulRedisConnection<String, String> shared;
    private boolean closed;

    /** Parses the URL; connects lazily, so a Redis that is down does not stop construction. */
    public RedisConnections(String url) {
        this.uri = parse(url);
        this.client = RedisClient.create(uri);
        client.setOptions(ClientOptions.builder()
                .socketOptions(SocketOptions.builder().connectTimeout(CONNECT_TIMEOUT).build())
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .build());
    }

    private static RedisURI parse(String url) {
        if (url == null || !(url.startsWith("redis://") || url.startsWith("rediss://"))) {
            throw new IllegalArgumentException("Redis URL must look like " + URL_SHAPE);
        }
        RedisURI parsed;
        try {
            parsed = RedisURI.create(url);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Redis URL is malformed; expected " + URL_SHAPE);
        }
        if (parsed.getHost() == null || parsed.getHost().isBlank()) {
            throw new IllegalArgumentException("Redis URL names no host; expected " + URL_SHAPE);
        }
        parsed.setTimeout(COMMAND_TIMEOUT);
        return parsed;
    }

    /** The URL without credentials, safe to log. */
    public String describe() {
        return (uri.isSsl() ? "rediss" : "redis") + "://" + uri.getHost() + ":" + uri.getPort() + "/" + uri.getDatabase();
    }

    /** The connection shared by every short, non-blocking caller; opened on first use and reopened if it was closed. */
    public synchronized StatefulRedisConnection<String, String> shared() {
        ensureOpen();
        if (shared == null || !shared.isOpen()) {
            shared = client.connect();
        }
        return shared;
    }

    /** A new connection the caller owns and closes, for blocking commands such as XREADGROUP BLOCK. */
    public synchronized StatefulRedisConnection<String, String> openDedicated() {
        ensureOpen();
        return client.connect();
    }

    /** Wakes the client with this id from a blocking command as if its block had timed out; true when one was blocked. */
    public boolean unblock(long clientId) {
        return Long.valueOf(1).equals(shared().sync().clientUnblock(clientId, UnblockType.TIMEOUT));
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("Redis connections to " + describe() + " are closed");
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (shared != null) {
            shared.close();
        }
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    }

    @Override
    public String toString() {
        return "RedisConnections[" + describe() + "]";
    }
}
