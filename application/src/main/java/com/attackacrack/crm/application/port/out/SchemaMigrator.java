package com.attackacrack.crm.application.port.out;

/** Brings the database schema up to the newest migration shipped with this build. */
public interface SchemaMigrator {

    MigrationReport migrate();

    /** What a migration run did: how many migrations it applied and the schema version it left. */
    record MigrationReport(int applied, String schemaVersion) {
        public MigrationReport {
            if (applied < 0) {
                throw new IllegalArgumentException("applied must not be negative");
            }
        }
    }
}
