package com.attackacrack.crm.adapters.out.redis.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.adapters.out.redis.RedisConnections;
import org.junit.jupiter.api.Test;

class EmbeddedRedisTest {

    @Test
    void startsOnAFreePortAnswersAndStops() {
        EmbeddedRedis redis = EmbeddedRedis.start(0);
        try (RedisConnections connections = new RedisConnections(redis.url())) {
            assertThat(redis.url()).isEqualTo("redis://127.0.0.1:" + redis.port());
            assertThat(connections.shared().sync().ping()).isEqualTo("PONG");
        } finally {
            redis.close();
        }

        try (RedisConnections afterStop = new RedisConnections(redis.url())) {
            assertThatThrownBy(afterStop::shared).isInstanceOf(RuntimeException.class);
        }
    }

    @Test
    void portInUseFailsNamingThePort() {
        try (EmbeddedRedis first = EmbeddedRedis.start(0)) {
            assertThatThrownBy(() -> EmbeddedRedis.start(first.port()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("127.0.0.1:" + first.port());
        }
    }
}
