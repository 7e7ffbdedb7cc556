package com.attackacrack.crm.application.service.importing;

import com.attackacrack.crm.application.port.in.importing.ListConflictsUseCase;
import com.attackacrack.crm.application.port.out.ImportConflictRepository;
import com.attackacrack.crm.domain.importing.ConflictFilter;
import com.attackacrack.crm.domain.importing.ImportConflict;
import com.attackacrack.crm.domain.shared.Page;
import com.attackacrack.crm.domain.shared.PageRequest;
import java.util.Objects;

/** Lists the conflict queue. */
public final class ListConflictsService implements ListConflictsUseCase {

    private final ImportConflictRepository conflicts;

    public ListConflictsService(ImportConflictRepository conflicts) {
        this.conflicts = Objects.requireNonNull(conflicts, "conflicts");
    }

    @Override
    public Page<ImportConflict> list(ConflictFilter filter, PageRequest page) {
        return conflicts.list(filter == null ? ConflictFilter.open() : filter, page);
    }
}
