package com.attackacrack.crm.application.port.out;

/** Reads facts about the database server for the System page: version, schema version, size and connections. */
public interface DatabaseInspector {

    /** Facts read right now; throws when the database cannot be reached or read. */
    DatabaseFacts inspect();

    /**
     * What the database says about itself.
     *
     * @param serverVersion      the PostgreSQL server version ("17.2")
     * @param schemaVersion      the version of the newest applied migration, or "none"
     * @param migrationsApplied  how many versioned migrations were applied successfully
     * @param sizeBytes          the size of the current database on disk
     * @param openConnections    the connections open to the current database (every process, not just this one)
     */
    record DatabaseFacts(String serverVersion, String schemaVersion, int migrationsApplied, long sizeBytes,
                         int openConnections) {
    }
}
