package com.attackacrack.crm.application.port.in.importing;

/** Told after every committed batch how many data rows the import has applied so far. */
@FunctionalInterface
public interface ImportProgress {

    /** Reports progress; must be cheap, it runs on the importing thread. */
    void rowsApplied(long rows);

    /** Progress nobody watches. */
    static ImportProgress ignored() {
        return rows -> { };
    }
}
