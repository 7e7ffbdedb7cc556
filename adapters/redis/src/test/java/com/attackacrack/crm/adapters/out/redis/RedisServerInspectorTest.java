package com.attackacrack.crm.adapters.out.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.adapters.out.redis.testing.TestRedis;
import com.attackacrack.crm.application.port.out.RedisInspector.RedisFacts;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class RedisServerInspectorTest {

    @Test
    void readsTheVersionMemoryAndClientsFromTheRealServer() {
        RedisConnections connections = TestRedis.get().connections();
        String serverInfo = connections.shared().sync().info("server");

        RedisFacts facts = new RedisServerInspector(connections).inspect();

        assertThat(facts.serverVersion()).isEqualTo(RedisServerInspector.parse(serverInfo).get("redis_version"))
                .matches("\\d+\\.\\d+.*");
        assertThat(facts.usedMemoryBytes()).isPositive();
        assertThat(facts.connectedClients()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void anUnreachableServerThrows() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        try (RedisConnections closed = new RedisConnections("redis://127.0.0.1:" + port)) {
            assertThatThrownBy(() -> new RedisServerInspector(closed).inspect()).isInstanceOf(RuntimeException.class);
        }
    }

    @Test
    void parsesInfoLinesAndSkipsSectionHeaders() {
        assertThat(RedisServerInspector.parse("# Server\r\nredis_version:7.4.1\r\n\r\n# Clients\r\nconnected_clients:3\r\n"))
                .containsExactlyInAnyOrderEntriesOf(java.util.Map.of("redis_version", "7.4.1", "connected_clients", "3"));
    }
}
