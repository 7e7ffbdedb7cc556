package com.attackacrack.crm.bootstrap;

import com.attackacrack.crm.adapters.out.persistence.PostgresUrl;
import com.attackacrack.crm.adapters.out.persistence.embedded.EmbeddedPostgres;
import com.attackacrack.crm.adapters.out.redis.RedisConnections;
import com.attackacrack.crm.adapters.out.redis.RedisProbe;
import com.attackacrack.crm.adapters.out.redis.embedded.EmbeddedRedis;
import com.attackacrack.crm.bootstrap.config.CrmConfig;
import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the embedded PostgreSQL and Redis that development uses when no URL is configured, on fixed ports so that
 * a second process ({@code crm worker}, {@code crm migrate}) finds the servers the first one started.
 */
final class EmbeddedServers {

    static final int POSTGRES_PORT = 54329;
    static final int REDIS_PORT = 56379;
    static final String DATABASE = "crm";

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedServers.class);

    private EmbeddedServers() {
    }

    static PostgresUrl postgres(CrmConfig config, Resources resources) {
        Path dataDir = config.dataDir().resolve("postgres");
        EmbeddedPostgres server = resources.add("embedded PostgreSQL",
                EmbeddedPostgres.start(config.dataDir().resolve("embedded"), dataDir, POSTGRES_PORT));
        server.createDatabaseIfMissing(DATABASE);
        LOG.info("Embedded PostgreSQL on 127.0.0.1:{}, data in {}", server.port(), dataDir);
        return server.url(DATABASE);
    }

    static String redis(Resources resources) {
        String url = "redis://127.0.0.1:" + REDIS_PORT;
        if (redisAnswers(url)) {
            LOG.info("Using the embedded Redis another CRM process started on 127.0.0.1:{}", REDIS_PORT);
            return url;
        }
        EmbeddedRedis server = resources.add("embedded Redis", EmbeddedRedis.start(REDIS_PORT));
        LOG.info("Embedded Redis on {}", server.url());
        return server.url();
    }

    private static boolean redisAnswers(String url) {
        try (RedisConnections connections = new RedisConnections(url)) {
            return new RedisProbe(connections, Duration.ofSeconds(1)).check().up();
        }
    }
}
