package com.attackacrack.crm.application.service.importing;

import com.attackacrack.crm.application.port.in.importing.GetConflictUseCase;
import com.attackacrack.crm.application.port.out.ImportConflictRepository;
import com.attackacrack.crm.domain.importing.ImportConflict;
import java.util.Objects;
import java.util.Optional;

/** Reads one conflict. */
public final class GetConflictService implements GetConflictUseCase {

    private final ImportConflictRepository conflicts;

    public GetConflictService(ImportConflictRepository conflicts) {
        this.conflicts = Objects.requireNonNull(conflicts, "conflicts");
    }

    @Override
    public Optional<ImportConflict> get(long id) {
        return conflicts.find(id);
    }
}
