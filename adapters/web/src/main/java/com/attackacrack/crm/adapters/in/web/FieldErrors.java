package com.attackacrack.crm.adapters.in.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Messages for a form's fields, shown next to each field; a field may have several (every broken password rule). */
public final class FieldErrors {

    /** The most characters a first or last name may have (as {@code PersonName} allows). */
    public static final int MAX_NAME_LENGTH = 100;

    private final Map<String, List<String>> errors = new LinkedHashMap<>();

    /**
     * Adds each problem whose field is on the form next to that field; returns the others joined into one
     * page-level message, or null when there are none.
     */
    public String addFor(Collection<String> formFields, Map<String, String> problems) {
        List<String> other = new ArrayList<>();
        problems.forEach((field, message) -> {
            if (formFields.contains(field)) {
                add(field, message);
            } else {
                other.add(message);
            }
        });
        return other.isEmpty() ? null : String.join(" ", other);
    }

    /** Adds a message for the field. */
    public FieldErrors add(String field, String message) {
        errors.computeIfAbsent(field, it -> new ArrayList<>()).add(message);
        return this;
    }

    /** Adds every message for the field. */
    public FieldErrors addAll(String field, List<String> messages) {
        messages.forEach(it -> add(field, it));
        return this;
    }

    /** Checks a required name field (first or last name) the way {@code PersonName} will. */
    public FieldErrors requireName(String field, String value, String what) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            add(field, "Enter your " + what + ".");
        } else if (trimmed.length() > MAX_NAME_LENGTH) {
            add(field, "Use at most " + MAX_NAME_LENGTH + " characters.");
        }
        return this;
    }

    /** Checks that a required field has a value. */
    public FieldErrors require(String field, String value, String message) {
        if (value == null || value.isEmpty()) {
            add(field, message);
        }
        return this;
    }

    /** Whether no field has a message. */
    public boolean isEmpty() {
        return errors.isEmpty();
    }

    /** Field name to its messages, for the template. */
    public Map<String, List<String>> asMap() {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        errors.forEach((field, messages) -> copy.put(field, List.copyOf(messages)));
        return Collections.unmodifiableMap(copy);
    }
}
