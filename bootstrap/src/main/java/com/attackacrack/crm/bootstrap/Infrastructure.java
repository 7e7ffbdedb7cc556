package com.attackacrack.crm.bootstrap;

import com.attackacrack.crm.adapters.out.persistence.FlywaySchemaMigrator;
import com.attackacrack.crm.adapters.out.persistence.Jdbis;
import com.attackacrack.crm.adapters.out.persistence.PostgresDataSources;
import com.attackacrack.crm.adapters.out.persistence.PostgresUrl;
import com.attackacrack.crm.adapters.out.redis.RedisConnections;
import com.attackacrack.crm.bootstrap.config.CrmConfig;
import com.attackacrack.crm.bootstrap.config.Secret;
import com.zaxxer.hikari.HikariDataSource;
import org.jdbi.v3.core.Jdbi;

/** The connections a process holds: PostgreSQL (pool and JDBI) and, when asked for, Redis; embedded servers in development. */
final class Infrastructure {

    private final HikariDataSource dataSource;
    private final Jdbi jdbi;
    private final RedisConnections redis;

    private Infrastructure(HikariDataSource dataSource, Jdbi jdbi, RedisConnections redis) {
        this.dataSource = dataSource;
        this.jdbi = jdbi;
        this.redis = redis;
    }

    static Infrastructure database(CrmConfig config, String poolName, Resources resources) {
        return open(config, poolName, false, resources);
    }

    static Infrastructure databaseAndRedis(CrmConfig config, String poolName, Resources resources) {
        return open(config, poolName, true, resources);
    }

    /**
     * For {@code crm routes}: a pool that is never started (no URL, no connection) and a Redis client that is never
     * connected (it connects on first use), so the services can be wired without a database or Redis; any use case
     * that ran would fail on its first query.
     */
    static Infrastructure offline(Resources resources) {
        HikariDataSource neverOpened = resources.add("unopened database pool", new HikariDataSource());
        RedisConnections neverConnected = resources.add("unconnected Redis client",
                new RedisConnections("redis://localhost:6379"));
        return new Infrastructure(neverOpened, Jdbis.create(neverOpened), neverConnected);
    }

    private static Infrastructure open(CrmConfig config, String poolName, boolean withRedis, Resources resources) {
        PostgresUrl databaseUrl = config.databaseUrl().map(Secret::reveal).map(PostgresUrl::parse)
                .orElseGet(() -> EmbeddedServers.postgres(config, resources));
        String redisUrl = withRedis
                ? config.redisUrl().map(Secret::reveal).orElseGet(() -> EmbeddedServers.redis(resources))
                : null;
        HikariDataSource dataSource = resources.add("database pool",
                PostgresDataSources.create(databaseUrl, 10, poolName));
        RedisConnections redis = withRedis ? resources.add("Redis connections", new RedisConnections(redisUrl)) : null;
        return new Infrastructure(dataSource, Jdbis.create(dataSource), redis);
    }

    HikariDataSource dataSource() {
        return dataSource;
    }

    Jdbi jdbi() {
        return jdbi;
    }

    RedisConnections redis() {
        if (redis == null) {
            throw new IllegalStateException("this process was opened without Redis");
        }
        return redis;
    }

    FlywaySchemaMigrator migrator() {
        return new FlywaySchemaMigrator(dataSource);
    }
}
