package com.attackacrack.crm.application.port.in.importing;

import com.attackacrack.crm.domain.importing.ImportId;

/**
 * Accepts an uploaded file: checks its header (a file missing required columns is refused before anything is
 * stored), streams it into the database and queues the import for a worker; a generic file without a saved mapping
 * waits (AWAITING_MAPPING) for an admin to map its columns.
 */
public interface UploadImportUseCase {

    /** The stored import's id. */
    ImportId upload(UploadImportCommand command);
}
