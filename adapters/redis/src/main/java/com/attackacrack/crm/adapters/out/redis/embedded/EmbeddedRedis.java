package com.attackacrack.crm.adapters.out.redis.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import redis.embedded.RedisServer;

/** A real Redis server process on 127.0.0.1 for development and tests, without persistence. */
public final class EmbeddedRedis implements AutoCloseable {

    private static final String HOST = "127.0.0.1";
    private static final int FREE_PORT_TRIES = 3;

    private final RedisServer server;
    private final int port;

    private EmbeddedRedis(RedisServer server, int port) {
        this.server = server;
        this.port = port;
    }

    /** Starts Redis on the port, or on a free one when {@code port} is 0; fails naming the port when it cannot. */
    public static EmbeddedRedis start(int port) {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0..65535, was " + port);
        }
        if (port != 0) {
            return startOn(port);
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return startOn(freePort());
            } catch (IllegalStateException e) {
                if (attempt >= FREE_PORT_TRIES) {
                    throw e;
                }
            }
        }
    }

    private static EmbeddedRedis startOn(int port) {
        try {
            RedisServer server = RedisServer.newRedisServer()
                    .bind(HOST)
                    .port(port)
                    .setting("save \"\"")
                    .setting("appendonly no")
                    .onShutdownForceStop(true)
                    .build();
            server.start();
            return new EmbeddedRedis(server, port);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("embedded Redis could not start on " + HOST + ":" + port + ": " + describe(e), e);
        }
    }

    private static String describe(Throwable error) {
        StringBuilder text = new StringBuilder(String.valueOf(error.getMessage()));
        for (Throwable cause = error.getCause(); cause != null && cause != error; cause = cause.getCause()) {
            text.append(" / ").append(cause.getMessage());
        }
        return text.toString();
    }

    private static int freePort() {
        try (ServerSocketChannel channel = ServerSocketChannel.open()) {
            channel.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            return ((InetSocketAddress) channel.getLocalAddress()).getPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free local port for embedded Redis", e);
        }
    }

    /** The port Redis listens on. */
    public int port() {
        return port;
    }

    /** The URL clients use to reach this server. */
    public String url() {
        return "redis://" + HOST + ":" + port;
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (IOException e) {
            throw new UncheckedIOException("embedded Redis on port " + port + " did not stop cleanly", e);
        }
    }
}
