package com.attackacrack.crm.adapters.out.persistence;

import com.attackacrack.crm.application.port.out.SchemaMigrator;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;
import org.flywaydb.core.api.output.ValidateResult;

/** Applies the SQL migrations under classpath {@code db/migration} with Flyway, validating those already applied. */
public final class FlywaySchemaMigrator implements SchemaMigrator {

    /** The version reported while no migration has been applied. */
    public static final String NO_VERSION = "0";

    private final Flyway flyway;

    public FlywaySchemaMigrator(DataSource dataSource) {
        this.flyway = Flyway.configure()
                .dataSource(Objects.requireNonNull(dataSource, "dataSource"))
                .locations("classpath:db/migration")
                .validateOnMigrate(true)
                .cleanDisabled(true)
                .load();
    }

    @Override
    public MigrationReport migrate() {
        MigrateResult result = flyway.migrate();
        return new MigrationReport(result.migrationsExecuted, currentVersion());
    }

    /** Checks that the applied migrations match the ones in this build; throws naming the differences when not. */
    public void validate() {
        ValidateResult result = flyway.validateWithResult();
        if (!result.validationSuccessful) {
            throw new IllegalStateException("database schema does not match this build's migrations: "
                    + result.getAllErrorMessages());
        }
    }

    /** The version of the newest applied migration, or {@link #NO_VERSION}. */
    public String currentVersion() {
        MigrationInfo current = flyway.info().current();
        return current == null || current.getVersion() == null ? NO_VERSION : current.getVersion().getVersion();
    }
}
