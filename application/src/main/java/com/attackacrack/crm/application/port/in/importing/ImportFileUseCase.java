package com.attackacrack.crm.application.port.in.importing;

/**
 * Imports a PropertyRadar, OpenPhone or generic CSV file with merge-on-match, streaming it in batches (memory stays
 * flat whatever the file size); a file missing required columns is refused before the database is touched.
 */
public interface ImportFileUseCase {

    /** Runs the import to its end; a failure part-way leaves the batches committed so far and a FAILED record. */
    ImportOutcome importFile(ImportFileCommand command, ImportProgress progress);
}
