package com.attackacrack.crm.application.port.in.importing;

import com.attackacrack.crm.domain.importing.ImportId;
import java.util.Optional;

/** Reads one import with its counts (the progress page polls it). */
public interface GetImportUseCase {

    /** The import, or empty when there is none with this id. */
    Optional<ImportDetails> get(ImportId id);
}
