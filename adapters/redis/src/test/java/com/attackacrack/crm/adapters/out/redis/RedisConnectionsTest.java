package com.attackacrack.crm.adapters.out.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.adapters.out.redis.testing.TestRedis;
import io.lettuce.core.api.StatefulRedisConnection;
import org.junit.jupiter.api.Test;

class RedisConnectionsTest {

    @Test
    void describeAndToStringNeverShowThePassword() {
        try (RedisConnections redis = new RedisConnections("redis://:s3cret@127.0.0.1:6390/2")) {
            assertThat(redis.describe()).isEqualTo("redis://127.0.0.1:6390/2");
            assertThat(redis.toString()).doesNotContain("s3cret");
        }
    }

    @Test
    void tlsUrlIsDescribedAsRediss() {
        try (RedisConnections redis = new RedisConnections("rediss://user:s3cret@cache.example.com:25061")) {
            assertThat(redis.describe()).isEqualTo("rediss://cache.example.com:25061/0");
        }
    }

    @Test
    void urlOfAnotherSchemeIsRejectedWithoutEchoingIt() {
        assertThatThrownBy(() -> new RedisConnections("http://user:s3cret@host:6379"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("redis://")
                .hasMessageNotContaining("s3cret");
    }

    @Test
    void sharedConnectionAnswersAndIsReused() {
        try (RedisConnections redis = new RedisConnections(TestRedis.get().url())) {
            StatefulRedisConnection<String, String> shared = redis.shared();

            assertThat(shared.sync().ping()).isEqualTo("PONG");
            assertThat(redis.shared()).isSameAs(shared);
        }
    }

    @Test
    void dedicatedConnectionsAreNewAndOwnedByTheCaller() {
        try (RedisConnections redis = new RedisConnections(TestRedis.get().url());
             StatefulRedisConnection<String, String> dedicated = redis.openDedicated()) {
            assertThat(dedicated).isNotSameAs(redis.shared());
            assertThat(dedicated.sync().ping()).isEqualTo("PONG");
        }
    }

    @Test
    void closedConnectionsRefuseNewWork() {
        RedisConnections redis = new RedisConnections(TestRedis.get().url());
        redis.shared();
        redis.close();

        assertThatThrownBy(redis::shared).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }
}
