package com.attackacrack.crm.domain.importing;

/**
 * What an import did, every figure read back from the database: data rows read and rejected outright; distinct
 * contacts created, enriched (empty fields filled) and left unchanged; distinct properties created, updated and
 * unchanged; conflicts queued for an admin; field problems recorded on rows.
 */
public record ImportCounts(long rowsRead, long rowsRejected, long contactsCreated, long contactsEnriched,
                           long contactsUnchanged, long propertiesCreated, long propertiesUpdated,
                           long propertiesUnchanged, long conflictsQueued, long problems) {

    /** Nothing done yet. */
    public static ImportCounts none() {
        return new ImportCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    /** True when the run created, enriched, updated or queued nothing: a re-run of a file already imported. */
    public boolean changedNothing() {
        return contactsCreated == 0 && contactsEnriched == 0 && propertiesCreated == 0 && propertiesUpdated == 0
                && conflictsQueued == 0;
    }
}
