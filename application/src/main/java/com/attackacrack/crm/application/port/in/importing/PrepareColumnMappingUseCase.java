package com.attackacrack.crm.application.port.in.importing;

import com.attackacrack.crm.domain.importing.ImportId;

/** Proposes the column mapping of an uploaded generic file waiting for one, from its header or a saved mapping. */
public interface PrepareColumnMappingUseCase {

    /**
     * The draft for this import: the fields of the saved mapping {@code savedMappingNameOrNull}, else ones suggested
     * from the header. Refuses (BusinessRuleException) an unknown import, one not AWAITING_MAPPING, or an unknown
     * saved mapping name.
     */
    ColumnMappingDraft prepare(ImportId id, String savedMappingNameOrNull);
}
