package com.attackacrack.crm.application.port.in.importing;

import com.attackacrack.crm.domain.importing.ConflictFilter;
import com.attackacrack.crm.domain.importing.ImportConflict;
import com.attackacrack.crm.domain.shared.Page;
import com.attackacrack.crm.domain.shared.PageRequest;

/** The conflict queue, filtered by import, status and field, newest first. */
public interface ListConflictsUseCase {

    /** One page of conflicts with the filtered total. */
    Page<ImportConflict> list(ConflictFilter filter, PageRequest page);
}
