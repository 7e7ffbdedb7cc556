package com.attackacrack.crm.adapters.out.persistence;

import com.attackacrack.crm.application.port.out.DatabaseInspector;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Reads the System page's database facts with plain JDBC: server version, Flyway's newest applied version and count,
 * {@code pg_database_size} and the connections {@code pg_stat_activity} shows for the current database.
 */
public final class PostgresDatabaseInspector implements DatabaseInspector {

    private static final int QUERY_TIMEOUT_SECONDS = 3;
    private static final String SERVER_SQL = """
            select current_setting('server_version'), pg_database_size(current_database()),
                   (select count(*) from pg_stat_activity where datname = current_database()),
                   to_regclass('flyway_schema_history') is not null
            """;
    private static final String SCHEMA_SQL = """
            select (select version from flyway_schema_history
                    where success and version is not null order by installed_rank desc limit 1),
                   (select count(*) from flyway_schema_history where success and version is not null)
            """;

    private final DataSource dataSource;

    public PostgresDatabaseInspector(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    @Override
    public DatabaseFacts inspect() {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
            String serverVersion;
            long size;
            int connections;
            boolean migrated;
            try (ResultSet rs = statement.executeQuery(SERVER_SQL)) {
                rs.next();
                serverVersion = rs.getString(1).split(" ", 2)[0];
                size = rs.getLong(2);
                connections = rs.getInt(3);
                migrated = rs.getBoolean(4);
            }
            if (!migrated) {
                return new DatabaseFacts(serverVersion, "none", 0, size, connections);
            }
            try (ResultSet rs = statement.executeQuery(SCHEMA_SQL)) {
                rs.next();
                String version = rs.getString(1);
                return new DatabaseFacts(serverVersion, version == null ? "none" : version, rs.getInt(2), size, connections);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the database: " + e.getMessage(), e);
        }
    }
}
