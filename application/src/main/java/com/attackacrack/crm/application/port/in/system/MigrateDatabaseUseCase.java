package com.attackacrack.crm.application.port.in.system;

import com.attackacrack.crm.application.port.out.SchemaMigrator.MigrationReport;

/** Applies every pending database migration and reports what it did. */
public interface MigrateDatabaseUseCase {

    MigrationReport migrate();
}
