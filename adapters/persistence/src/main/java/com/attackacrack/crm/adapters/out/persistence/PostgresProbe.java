package com.attackacrack.crm.adapters.out.persistence;

import com.attackacrack.crm.application.port.out.ComponentProbe;
import com.attackacrack.crm.domain.system.ComponentStatus;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/** Checks that PostgreSQL answers a trivial query and reports its version and the schema version. */
public final class PostgresProbe implements ComponentProbe {

    /** The component name health reports show. */
    public static final String NAME = "database";

    private static final int QUERY_TIMEOUT_SECONDS = 2;
    private static final String SERVER_SQL =
            "select 1, current_setting('server_version'), to_regclass('flyway_schema_history') is not null";
    private static final String SCHEMA_SQL = """
            select version from flyway_schema_history
            where success and version is not null
            order by installed_rank desc
            limit 1
            """;

    private final DataSource dataSource;

    public PostgresProbe(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    @Override
    public ComponentStatus check() {
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
            String serverVersion;
            boolean migrated;
            try (ResultSet rs = statement.executeQuery(SERVER_SQL)) {
                rs.next();
                serverVersion = rs.getString(2).split(" ", 2)[0];
                migrated = rs.getBoolean(3);
            }
            String schemaVersion = migrated ? schemaVersion(statement) : "none";
            return ComponentStatus.up(NAME, "PostgreSQL " + serverVersion + ", schema version " + schemaVersion,
                    elapsed(started));
        } catch (SQLException | RuntimeException e) {
            return ComponentStatus.down(NAME, reason(e), elapsed(started));
        }
    }

    private static String schemaVersion(Statement statement) throws SQLException {
        try (ResultSet rs = statement.executeQuery(SCHEMA_SQL)) {
            return rs.next() ? rs.getString(1) : "none";
        }
    }

    private static String reason(Exception e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message.strip());
    }

    private static long elapsed(long started) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    }
}
