package com.attackacrack.crm.domain.shared;

import java.util.Locale;

/** An email address, trimmed and lower-cased; {@link #parse} rejects anything that cannot be delivered to. */
public record EmailAddress(String value) {

    private static final int MAX_LENGTH = 254;
    private static final int MAX_LOCAL_LENGTH = 64;

    public EmailAddress {
        String problem = problem(value);
        if (problem != null) {
            throw BusinessRuleException.invalid(problem);
        }
    }

    /** Trims and lower-cases, then validates; the error names the value and what is wrong with it. */
    public static EmailAddress parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw BusinessRuleException.invalid("Email address is required");
        }
        return new EmailAddress(raw.trim().toLowerCase(Locale.ROOT));
    }

    /** The part before the {@code @}. */
    public String localPart() {
        return value.substring(0, value.indexOf('@'));
    }

    public String domain() {
        return value.substring(value.indexOf('@') + 1);
    }

    @Override
    public String toString() {
        return value;
    }

    private static String problem(String value) {
        if (value == null || value.isBlank()) {
            return "Email address is required";
        }
        if (!value.equals(value.trim().toLowerCase(Locale.ROOT))) {
            return "Email address must be trimmed and lower-case: use EmailAddress.parse";
        }
        if (value.length() > MAX_LENGTH) {
            return "Email address is longer than " + MAX_LENGTH + " characters";
        }
        int at = value.indexOf('@');
        if (at <= 0 || at != value.lastIndexOf('@') || at == value.length() - 1) {
            return "'" + value + "' is not a valid email address (it needs one @ with a name before and a domain after)";
        }
        String local = value.substring(0, at);
        String domain = value.substring(at + 1);
        if (local.length() > MAX_LOCAL_LENGTH || !validLocal(local)) {
            return "'" + value + "' is not a valid email address (the part before @ is not allowed)";
        }
        if (!validDomain(domain)) {
            return "'" + value + "' is not a valid email address (the domain after @ is not valid)";
        }
        return null;
    }

    private static boolean validLocal(String local) {
        if (local.startsWith(".") || local.endsWith(".") || local.contains("..")) {
            return false;
        }
        for (char c : local.toCharArray()) {
            boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "!#$%&'*+/=?^_`{|}~.-".indexOf(c) >= 0;
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean validDomain(String domain) {
        String[] labels = domain.split("\\.", -1);
        if (labels.length < 2) {
            return false;
        }
        for (String label : labels) {
            if (label.isEmpty() || label.length() > 63 || label.startsWith("-") || label.endsWith("-")) {
                return false;
            }
            for (char c : label.toCharArray()) {
                if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
                    return false;
                }
            }
        }
        return !labels[labels.length - 1].chars().allMatch(Character::isDigit);
    }
}
