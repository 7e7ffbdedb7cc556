package com.attackacrack.crm.adapters.out.persistence.embedded;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads what a running server wrote to {@code postmaster.pid} and finds free local ports for new servers. */
final class PostmasterPid {

    private static final int PORT_LINE = 3;

    private PostmasterPid() {
    }

    /** The port of the server running on the data directory, from line 4 of {@code postmaster.pid}. */
    static int port(Path dataDir) {
        Path pidFile = dataDir.resolve("postmaster.pid");
        try {
            List<String> lines = Files.readAllLines(pidFile);
            if (lines.size() <= PORT_LINE || !lines.get(PORT_LINE).strip().matches("\\d+")) {
                throw new IllegalStateException("embedded PostgreSQL: " + pidFile + " names no port");
            }
            return Integer.parseInt(lines.get(PORT_LINE).strip());
        } catch (IOException e) {
            throw new IllegalStateException("embedded PostgreSQL: cannot read " + pidFile + ": " + e.getMessage(), e);
        }
    }

    /** A TCP port on the loopback interface that was free a moment ago. */
    static int freePort() {
        try (ServerSocketChannel channel = ServerSocketChannel.open()) {
            channel.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            return channel.socket().getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("embedded PostgreSQL: no free local port: " + e.getMessage(), e);
        }
    }
}
