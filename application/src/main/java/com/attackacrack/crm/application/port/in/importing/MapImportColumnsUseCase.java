package com.attackacrack.crm.application.port.in.importing;

/** Maps the columns of an uploaded generic file waiting for a mapping, optionally saves the mapping, and queues it. */
public interface MapImportColumnsUseCase {

    /**
     * Refuses (BusinessRuleException) a mapping that maps two columns to one field, identifies no person or property,
     * or names columns the file lacks, and an import that is unknown or no longer AWAITING_MAPPING.
     */
    void map(MapImportColumnsCommand command);
}
