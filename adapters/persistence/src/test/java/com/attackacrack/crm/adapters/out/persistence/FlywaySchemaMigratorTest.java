package com.attackacrack.crm.adapters.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.adapters.out.persistence.testing.TestDatabase;
import com.attackacrack.crm.application.port.out.SchemaMigrator.MigrationReport;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Instant;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FlywaySchemaMigratorTest {

    private HikariDataSource dataSource;

    @AfterEach
    void closePool() {
        if (dataSource != null) {
            dataSource.close();
        }
    }

    @Test
    void firstRunOnAFreshDatabaseAppliesTheShippedMigrations() {
        FlywaySchemaMigrator migrator = givenMigratorOnAFreshDatabase();

        MigrationReport report = migrator.migrate();

        assertThat(report).isEqualTo(new MigrationReport(14, "14"));
    }

    @Test
    void secondRunAppliesNothing() {
        FlywaySchemaMigrator migrator = givenMigratorOnAFreshDatabase();
        migrator.migrate();

        MigrationReport report = migrator.migrate();

        assertThat(report).isEqualTo(new MigrationReport(0, "14"));
    }

    @Test
    void validatePassesOnceMigrated() {
        FlywaySchemaMigrator migrator = givenMigratorOnAFreshDatabase();
        migrator.migrate();

        migrator.validate();

        assertThat(migrator.currentVersion()).isEqualTo("14");
    }

    @Test
    void validateFailsWhileMigrationsArePending() {
        FlywaySchemaMigrator migrator = givenMigratorOnAFreshDatabase();

        assertThatThrownBy(migrator::validate).isInstanceOf(IllegalStateException.class).hasMessageContaining("migration");
    }

    @Test
    void heartbeatTableRefusesUnknownRoles() {
        givenMigratorOnAFreshDatabase().migrate();
        Jdbi jdbi = Jdbis.create(dataSource);

        assertThatThrownBy(() -> jdbi.useHandle(handle -> handle.createUpdate("""
                insert into process_heartbeats (process_id, role, host, version, started_at, sent_at, received_at)
                values ('p', 'janitor', 'h', 'v', :t, :t, :t)
                """).bind("t", Instant.EPOCH).execute())).hasMessageContaining("process_heartbeats_role_check");
    }

    private FlywaySchemaMigrator givenMigratorOnAFreshDatabase() {
        dataSource = PostgresDataSources.create(TestDatabase.freshDatabase("crm_migrate"), 2, "crm-migrate-test");
        return new FlywaySchemaMigrator(dataSource);
    }
}
