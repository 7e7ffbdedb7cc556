package com.attackacrack.crm.adapters.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.adapters.out.persistence.testing.TestDatabase;
import com.attackacrack.crm.application.port.out.DatabaseInspector.DatabaseFacts;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

class PostgresDatabaseInspectorTest {

    private static final Pattern MIGRATION = Pattern.compile("V(\\d+)__.+\\.sql");

    @Test
    void aMigratedDatabaseReportsItsServerSchemaSizeAndConnections() throws Exception {
        List<Integer> versions = migrationVersions();

        DatabaseFacts facts = new PostgresDatabaseInspector(TestDatabase.shared().dataSource()).inspect();

        assertThat(facts.serverVersion()).isEqualTo(scalar("show server_version").split(" ", 2)[0]);
        assertThat(facts.schemaVersion()).isEqualTo(Integer.toString(versions.getLast()));
        assertThat(facts.migrationsApplied()).isEqualTo(versions.size());
        assertThat(facts.sizeBytes()).isGreaterThan(1_000_000L);
        assertThat(facts.openConnections()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void anUnmigratedDatabaseHasNoSchemaVersion() {
        try (HikariDataSource fresh = PostgresDataSources.create(TestDatabase.freshDatabase("crm_inspect"), 1, "inspect")) {
            DatabaseFacts facts = new PostgresDatabaseInspector(fresh).inspect();

            assertThat(facts.schemaVersion()).isEqualTo("none");
            assertThat(facts.migrationsApplied()).isZero();
            assertThat(facts.openConnections()).isGreaterThanOrEqualTo(1);
        }
    }

    @Test
    void anUnreachableDatabaseThrowsWithTheReason() {
        PGSimpleDataSource closed = new PGSimpleDataSource();
        closed.setServerNames(new String[] {"127.0.0.1"});
        closed.setPortNumbers(new int[] {1});
        closed.setDatabaseName("crm");
        closed.setUser("crm");
        closed.setConnectTimeout(2);

        assertThatThrownBy(() -> new PostgresDatabaseInspector(closed).inspect())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot read the database");
    }

    private static String scalar(String sql) throws SQLException {
        try (Connection connection = TestDatabase.shared().dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static List<Integer> migrationVersions() throws IOException, URISyntaxException {
        URL location = PostgresDatabaseInspectorTest.class.getClassLoader().getResource("db/migration");
        try (Stream<Path> files = Files.list(Path.of(location.toURI()))) {
            return files.map(it -> MIGRATION.matcher(it.getFileName().toString()))
                    .filter(Matcher::matches)
                    .map(it -> Integer.parseInt(it.group(1)))
                    .sorted()
                    .toList();
        }
    }
}
