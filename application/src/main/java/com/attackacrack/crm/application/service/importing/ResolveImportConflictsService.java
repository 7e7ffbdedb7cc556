package com.attackacrack.crm.application.service.importing;

import com.attackacrack.crm.application.port.in.importing.ConflictChoice;
import com.attackacrack.crm.application.port.in.importing.ResolveImportConflictsUseCase;
import com.attackacrack.crm.application.port.out.ImportConflictRepository;
import com.attackacrack.crm.application.port.out.TransactionRunner;
import com.attackacrack.crm.domain.importing.ImportId;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import java.time.Clock;
import java.util.Objects;

/** Settles every open conflict of one import at once: keep all current values or take all incoming ones. */
public final class ResolveImportConflictsService implements ResolveImportConflictsUseCase {

    private final ImportConflictRepository conflicts;
    private final TransactionRunner transactions;
    private final Clock clock;

    public ResolveImportConflictsService(ImportConflictRepository conflicts, TransactionRunner transactions,
                                         Clock clock) {
        this.conflicts = Objects.requireNonNull(conflicts, "conflicts");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public int resolveAll(ImportId id, ConflictChoice choice, String resolvedBy) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(choice, "choice");
        Objects.requireNonNull(resolvedBy, "resolvedBy");
        if (!ResolveConflictService.bulkAllowed(choice)) {
            throw BusinessRuleException.invalid("All conflicts of an import can be kept or taken, not edited");
        }
        return transactions.inTransaction(() -> conflicts.resolveAll(id, choice.status(), resolvedBy, clock.instant()));
    }
}
