package com.attackacrack.crm.application.port.in.importing;

import com.attackacrack.crm.domain.importing.ConflictStatus;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import java.util.Locale;

/** How an admin settles a conflict: keep the contact's value, take the file's, or type another. */
public enum ConflictChoice {
    KEEP(ConflictStatus.KEPT_CURRENT),
    TAKE(ConflictStatus.TOOK_INCOMING),
    EDIT(ConflictStatus.EDITED);

    private final ConflictStatus status;

    ConflictChoice(ConflictStatus status) {
        this.status = status;
    }

    /** The status a conflict ends in. */
    public ConflictStatus status() {
        return status;
    }

    /** The choice named {@code keep}, {@code take} or {@code edit}. */
    public static ConflictChoice parse(String text) {
        for (ConflictChoice choice : values()) {
            if (choice.name().toLowerCase(Locale.ROOT).equals(text == null ? "" : text.strip().toLowerCase(Locale.ROOT))) {
                return choice;
            }
        }
        throw BusinessRuleException.invalid("Choose keep, take or edit, not '" + text + "'");
    }
}
