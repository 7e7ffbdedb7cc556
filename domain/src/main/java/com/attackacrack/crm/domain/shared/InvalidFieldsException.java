package com.attackacrack.crm.domain.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Input with one or more bad fields: each field name maps to a message fit to show next to that field. */
public final class InvalidFieldsException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    private final transient Map<String, String> problems;

    public InvalidFieldsException(Map<String, String> problems) {
        super(Kind.INVALID, String.join(" ", problems.values()));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an InvalidFieldsException needs at least one problem");
        }
        this.problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }

    /** Field name → message, in the order the fields were checked. */
    public Map<String, String> problems() {
        return problems;
    }
}
