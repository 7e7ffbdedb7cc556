package com.attackacrack.crm.application.port.in.importing;

import com.attackacrack.crm.domain.importing.ImportId;

/**
 * Accepts an uploaded file: checks its header (a file missing required columns is refused before anything is
 * stored), streams it into the database and queues the import for a worker.
 */
public interface UploadImportUseCase {

    /** The queued import's id. */
    ImportId upload(UploadImportCommand command);
}
