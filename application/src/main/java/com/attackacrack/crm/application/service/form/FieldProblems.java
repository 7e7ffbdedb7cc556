package com.attackacrack.crm.application.service.form;

import com.attackacrack.crm.domain.shared.BusinessRuleException;
import com.attackacrack.crm.domain.shared.InvalidFieldsException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** Collects what is wrong with each field of a submitted form, so that every problem is reported at once. */
public final class FieldProblems {

    private final Map<String, String> problems = new LinkedHashMap<>();

    /** Parses a non-blank value; blank gives null; a BusinessRuleException becomes the field's problem (and null). */
    public <T> T parse(String field, String raw, Function<String, T> parser) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return parser.apply(raw.strip());
        } catch (BusinessRuleException e) {
            add(field, e.getMessage());
            return null;
        }
    }

    /** Records a problem; the first one recorded for a field is kept. */
    public void add(String field, String message) {
        problems.putIfAbsent(field, message);
    }

    public boolean has(String field) {
        return problems.containsKey(field);
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    /** Throws InvalidFieldsException naming every field recorded so far, if any. */
    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
    }
}
