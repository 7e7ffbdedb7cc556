package com.attackacrack.crm.adapters.out.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/** Builds the HikariCP connection pools the CRM uses to reach PostgreSQL. */
public final class PostgresDataSources {

    private PostgresDataSources() {
    }

    /**
     * A pool of at most {@code maxPoolSize} connections, named {@code poolName} in logs, metrics and
     * {@code pg_stat_activity}; throws when no first connection opens within ten seconds.
     */
    public static HikariDataSource create(PostgresUrl url, int maxPoolSize, String poolName) {
        Objects.requireNonNull(url, "url");
        if (maxPoolSize < 1) {
            throw new IllegalArgumentException("maxPoolSize must be at least 1");
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url.jdbcUrl());
        config.setUsername(url.username());
        config.setPassword(url.password());
        config.setPoolName(Objects.requireNonNull(poolName, "poolName"));
        config.setMaximumPoolSize(maxPoolSize);
        config.setMinimumIdle(Math.min(2, maxPoolSize));
        config.setConnectionTimeout(TimeUnit.SECONDS.toMillis(10));
        config.setValidationTimeout(TimeUnit.SECONDS.toMillis(3));
        config.setIdleTimeout(TimeUnit.MINUTES.toMillis(10));
        config.setMaxLifetime(TimeUnit.MINUTES.toMillis(30));
        config.setKeepaliveTime(TimeUnit.MINUTES.toMillis(5));
        config.setInitializationFailTimeout(TimeUnit.SECONDS.toMillis(10));
        config.addDataSourceProperty("ApplicationName", poolName);
        config.addDataSourceProperty("connectTimeout", "10");
        config.addDataSourceProperty("tcpKeepAlive", "true");
        return new HikariDataSource(config);
    }
}
