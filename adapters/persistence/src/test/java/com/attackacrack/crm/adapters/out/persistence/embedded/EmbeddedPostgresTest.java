package com.attackacrack.crm.adapters.out.persistence.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.adapters.out.persistence.PostgresUrl;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresTest {

    private static final Path BINARIES_CACHE = Path.of(System.getProperty("java.io.tmpdir"), "crm-embedded-postgres");

    @TempDir
    Path runDir;

    @Test
    void keepsDataInItsDataDirectoryAcrossARestart() throws SQLException {
        Path dataDir = runDir.resolve("data");
        try (EmbeddedPostgres first = EmbeddedPostgres.start(BINARIES_CACHE, dataDir, 0)) {
            first.createDatabaseIfMissing("crm_dev");
            execute(first.url("crm_dev"), "create table notes (body text); insert into notes values ('kept')");
        }

        try (EmbeddedPostgres second = EmbeddedPostgres.start(BINARIES_CACHE, dataDir, 0)) {
            second.createDatabaseIfMissing("crm_dev");
            assertThat(queryString(second.url("crm_dev"), "select body from notes")).isEqualTo("kept");
        }
    }

    @Test
    void reusesAServerAlreadyRunningOnTheDataDirectoryAndLeavesItRunning() throws SQLException {
        Path dataDir = runDir.resolve("data");
        try (EmbeddedPostgres owner = EmbeddedPostgres.start(BINARIES_CACHE, dataDir, 0)) {
            try (EmbeddedPostgres reused = EmbeddedPostgres.start(BINARIES_CACHE, dataDir, 0)) {
                assertThat(reused.port()).isEqualTo(owner.port());
            }

            assertThat(queryString(owner.url("postgres"), "select 'still up'")).isEqualTo("still up");
        }
    }

    private static void execute(PostgresUrl url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url.jdbcUrl(), url.username(), url.password());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String queryString(PostgresUrl url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url.jdbcUrl(), url.username(), url.password());
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
