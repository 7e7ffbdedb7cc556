package com.attackacrack.crm.application.port.in.importing;

import com.attackacrack.crm.domain.importing.ImportId;

/** Settles every open conflict of one import the same way: keep all current values, or take all incoming ones. */
public interface ResolveImportConflictsUseCase {

    /** Returns how many were resolved (a phone or email another contact holds stays open). */
    int resolveAll(ImportId id, ConflictChoice choice, String resolvedBy);
}
