package com.attackacrack.crm.domain.contact;

import com.attackacrack.crm.domain.shared.BusinessRuleException;
import java.util.Locale;

/** The orders the contact list offers; each is stable (ties broken by id). */
public enum ContactSort {
    NAME_ASC, NAME_DESC, CREATED_DESC, CREATED_ASC, LAST_ACTIVITY_DESC;

    /** The code used in URLs ({@code name}, {@code -name}, {@code -created}, {@code created}, {@code -activity}). */
    public String code() {
        return switch (this) {
            case NAME_ASC -> "name";
            case NAME_DESC -> "-name";
            case CREATED_DESC -> "-created";
            case CREATED_ASC -> "created";
            case LAST_ACTIVITY_DESC -> "-activity";
        };
    }

    /** Parses a URL code; blank means newest first; anything else is refused naming the choices. */
    public static ContactSort fromCode(String code) {
        if (code == null || code.isBlank()) {
            return CREATED_DESC;
        }
        for (ContactSort sort : values()) {
            if (sort.code().equals(code.trim().toLowerCase(Locale.ROOT))) {
                return sort;
            }
        }
        throw BusinessRuleException.invalid("Unknown sort '" + code + "': use name, -name, created, -created or -activity");
    }
}
