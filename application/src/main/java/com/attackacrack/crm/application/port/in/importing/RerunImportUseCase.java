package com.attackacrack.crm.application.port.in.importing;

import com.attackacrack.crm.domain.importing.ImportId;

/** Queues a failed upload again: the rows applied before are skipped, the rest applied. */
public interface RerunImportUseCase {

    /** Refuses (BusinessRuleException) a running or completed import, or one whose file is no longer stored. */
    void rerun(ImportId id);
}
