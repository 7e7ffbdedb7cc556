package com.attackacrack.crm.domain.shared;

import java.util.Objects;

/**
 * The one type for expected business failures across the CRM: its {@link Kind} tells adapters how to answer
 * (web: 400, 404, 409, 403, 429) and its message is written for the person who caused it.
 */
public class BusinessRuleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What sort of failure this is. */
    public enum Kind {
        INVALID,
        NOT_FOUND,
        CONFLICT,
        FORBIDDEN,
        TOO_MANY_ATTEMPTS
    }

    private final Kind kind;

    public BusinessRuleException(Kind kind, String message) {
        super(message);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public Kind kind() {
        return kind;
    }

    public static BusinessRuleException invalid(String message) {
        return new BusinessRuleException(Kind.INVALID, message);
    }

    public static BusinessRuleException notFound(String message) {
        return new BusinessRuleException(Kind.NOT_FOUND, message);
    }

    public static BusinessRuleException conflict(String message) {
        return new BusinessRuleException(Kind.CONFLICT, message);
    }

    public static BusinessRuleException forbidden(String message) {
        return new BusinessRuleException(Kind.FORBIDDEN, message);
    }

    public static BusinessRuleException tooManyAttempts(String message) {
        return new BusinessRuleException(Kind.TOO_MANY_ATTEMPTS, message);
    }
}
