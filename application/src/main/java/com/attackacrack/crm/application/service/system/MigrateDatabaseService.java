package com.attackacrack.crm.application.service.system;

import com.attackacrack.crm.application.port.in.system.MigrateDatabaseUseCase;
import com.attackacrack.crm.application.port.out.SchemaMigrator;
import com.attackacrack.crm.application.port.out.SchemaMigrator.MigrationReport;

/** Runs the schema migrator; the same path serves {@code crm migrate} and the migration at {@code serve} start. */
public final class MigrateDatabaseService implements MigrateDatabaseUseCase {

    private final SchemaMigrator migrator;

    public MigrateDatabaseService(SchemaMigrator migrator) {
        this.migrator = migrator;
    }

    @Override
    public MigrationReport migrate() {
        return migrator.migrate();
    }
}
