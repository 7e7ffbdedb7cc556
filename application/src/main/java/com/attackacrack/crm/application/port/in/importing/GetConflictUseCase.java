package com.attackacrack.crm.application.port.in.importing;

import com.attackacrack.crm.domain.importing.ImportConflict;
import java.util.Optional;

/** Reads one conflict for the side-by-side view. */
public interface GetConflictUseCase {

    /** The conflict, or empty. */
    Optional<ImportConflict> get(long id);
}
