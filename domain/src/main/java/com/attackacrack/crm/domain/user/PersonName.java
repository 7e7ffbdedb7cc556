package com.attackacrack.crm.domain.user;

import com.attackacrack.crm.domain.shared.BusinessRuleException;

/** A user's first and last name: trimmed, each 1 to 100 characters. */
public record PersonName(String first, String last) {

    private static final int MAX = 100;

    public PersonName {
        first = clean(first, "First name");
        last = clean(last, "Last name");
    }

    public String full() {
        return first + " " + last;
    }

    private static String clean(String value, String field) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            throw BusinessRuleException.invalid(field + " is required");
        }
        if (trimmed.length() > MAX) {
            throw BusinessRuleException.invalid(field + " must be at most " + MAX + " characters");
        }
        return trimmed;
    }
}
