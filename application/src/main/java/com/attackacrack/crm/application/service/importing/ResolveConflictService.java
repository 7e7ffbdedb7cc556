package com.attackacrack.crm.application.service.importing;

import com.attackacrack.crm.application.port.in.importing.ConflictChoice;
import com.attackacrack.crm.application.port.in.importing.ResolveConflictCommand;
import com.attackacrack.crm.application.port.in.importing.ResolveConflictUseCase;
import com.attackacrack.crm.application.port.out.ImportConflictRepository;
import com.attackacrack.crm.application.port.out.PhoneNormaliser;
import com.attackacrack.crm.application.port.out.TransactionRunner;
import com.attackacrack.crm.domain.importing.ImportConflict;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import com.attackacrack.crm.domain.shared.EmailAddress;
import java.time.Clock;
import java.util.Objects;

/**
 * Settles one conflict: keep writes nothing into the contact; take writes the file's value; edit validates and
 * normalises the typed value (a name at most 100 characters, an email, a phone through the one normaliser) and
 * writes it. The conflict records who decided, how, to what, and when.
 */
public final class ResolveConflictService implements ResolveConflictUseCase {

    private static final int MAX_NAME = 100;

    private final ImportConflictRepository conflicts;
    private final TransactionRunner transactions;
    private final PhoneNormaliser phones;
    private final Clock clock;

    public ResolveConflictService(ImportConflictRepository conflicts, TransactionRunner transactions,
                                  PhoneNormaliser phones, Clock clock) {
        this.conflicts = Objects.requireNonNull(conflicts, "conflicts");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.phones = Objects.requireNonNull(phones, "phones");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void resolve(ResolveConflictCommand command) {
        Objects.requireNonNull(command, "command");
        ImportConflict conflict = conflicts.find(command.conflictId()).orElseThrow(() ->
                BusinessRuleException.notFound("No conflict " + command.conflictId()));
        if (!conflict.open()) {
            throw alreadyResolved(conflict);
        }
        String value = switch (command.choice()) {
            case KEEP -> null;
            case TAKE -> conflict.incomingValue();
            case EDIT -> normalised(conflict, command.editedValue());
        };
        boolean resolved = transactions.inTransaction(() -> conflicts.resolve(conflict.id(), command.choice().status(),
                value, command.resolvedBy(), clock.instant()));
        if (!resolved) {
            throw alreadyResolved(conflicts.find(conflict.id()).orElse(conflict));
        }
    }

    private String normalised(ImportConflict conflict, String typed) {
        if (typed == null || typed.isBlank()) {
            throw BusinessRuleException.invalid(conflict.field().label() + " is required when you edit the value");
        }
        String value = typed.strip();
        return switch (conflict.field()) {
            case FIRST_NAME, LAST_NAME -> {
                if (value.length() > MAX_NAME) {
                    throw BusinessRuleException.invalid(conflict.field().label() + " must be at most " + MAX_NAME
                            + " characters");
                }
                yield value;
            }
            case EMAIL -> EmailAddress.parse(value).value();
            case PHONE -> phones.normalise(value).e164();
        };
    }

    private static BusinessRuleException alreadyResolved(ImportConflict conflict) {
        String by = conflict.resolvedBy() == null ? "" : " by " + conflict.resolvedBy();
        return BusinessRuleException.conflict("This conflict was already resolved (" + conflict.status().label()
                .toLowerCase(java.util.Locale.ROOT) + by + ")");
    }

    /** Exposed for the bulk service: the choices it allows. */
    static boolean bulkAllowed(ConflictChoice choice) {
        return choice == ConflictChoice.KEEP || choice == ConflictChoice.TAKE;
    }
}
