package com.attackacrack.crm.adapters.out.redis;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.adapters.out.redis.testing.TestRedis;
import com.attackacrack.crm.domain.system.ComponentStatus;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RedisProbeTest {

    @Test
    void upWithTheServerVersionWhenRedisAnswers() {
        ComponentStatus status = new RedisProbe(TestRedis.get().connections(), Duration.ofSeconds(2)).check();

        assertThat(status.name()).isEqualTo("redis");
        assertThat(status.up()).isTrue();
        assertThat(status.detail()).matches("Redis \\d+\\.\\d+\\.\\d+.*");
    }

    @Test
    void downWithTheReasonWhenNothingListens() throws IOException {
        try (RedisConnections closedPort = new RedisConnections("redis://:s3cret@127.0.0.1:" + givenClosedPort())) {
            ComponentStatus status = new RedisProbe(closedPort, Duration.ofSeconds(1)).check();

            assertThat(status.up()).isFalse();
            assertThat(status.detail()).startsWith("cannot reach redis://127.0.0.1:").doesNotContain("s3cret");
        }
    }

    private static int givenClosedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
