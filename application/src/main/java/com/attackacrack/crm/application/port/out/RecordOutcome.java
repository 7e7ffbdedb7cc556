package com.attackacrack.crm.application.port.out;

/** What recording a provider's report did: created the record, moved it forward, or changed nothing (a repeat). */
public enum RecordOutcome {
    CREATED,
    UPDATED,
    UNCHANGED
}
