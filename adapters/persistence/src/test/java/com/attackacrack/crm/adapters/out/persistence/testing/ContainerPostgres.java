package com.attackacrack.crm.adapters.out.persistence.testing;

import com.attackacrack.crm.adapters.out.persistence.PostgresUrl;
import java.util.Map;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** PostgreSQL in a Testcontainers container; kept apart so Testcontainers is only loaded when Docker is used. */
final class ContainerPostgres implements AutoCloseable {

    private static final String IMAGE = "postgres:16-alpine";

    private final PostgreSQLContainer container;

    private ContainerPostgres(PostgreSQLContainer container) {
        this.container = container;
    }

    static boolean dockerAvailable() {
        return DockerClientFactory.instance().isDockerAvailable();
    }

    static ContainerPostgres start() {
        PostgreSQLContainer container = new PostgreSQLContainer(IMAGE);
        container.start();
        return new ContainerPostgres(container);
    }

    PostgresUrl url() {
        return new PostgresUrl(container.getHost(), container.getMappedPort(PostgreSQLContainer.POSTGRESQL_PORT),
                container.getDatabaseName(), container.getUsername(), container.getPassword(), Map.of());
    }

    @Override
    public void close() {
        container.stop();
    }
}
