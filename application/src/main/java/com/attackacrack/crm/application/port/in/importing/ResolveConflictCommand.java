package com.attackacrack.crm.application.port.in.importing;

import java.util.Objects;

/** Settle one conflict: which choice, the typed value when editing, and who decided. */
public record ResolveConflictCommand(long conflictId, ConflictChoice choice, String editedValue, String resolvedBy) {

    public ResolveConflictCommand {
        Objects.requireNonNull(choice, "choice");
        Objects.requireNonNull(resolvedBy, "resolvedBy");
    }
}
