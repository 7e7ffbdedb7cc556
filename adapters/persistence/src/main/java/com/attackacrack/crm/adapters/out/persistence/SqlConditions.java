package com.attackacrack.crm.adapters.out.persistence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.statement.SqlStatement;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * The WHERE clause of a list query, built only from SQL fragments written in this package (never from input);
 * every value goes in as a bind parameter.
 */
final class SqlConditions {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> values = new LinkedHashMap<>();

    /** Adds a condition without parameters. */
    SqlConditions add(String condition) {
        conditions.add(condition);
        return this;
    }

    /** Adds a condition with one named parameter. */
    SqlConditions add(String condition, String name, Object value) {
        conditions.add(condition);
        values.put(name, value);
        return this;
    }

    /** Adds a condition with several named parameters. */
    SqlConditions add(String condition, Map<String, Object> parameters) {
        conditions.add(condition);
        values.putAll(parameters);
        return this;
    }

    /** Adds {@code whenTrue} if the flag is true, {@code whenFalse} if it is false, nothing if it is null. */
    SqlConditions flag(Boolean flag, String whenTrue, String whenFalse) {
        if (flag != null) {
            conditions.add(flag ? whenTrue : whenFalse);
        }
        return this;
    }

    /** {@code where a and b ...}, or empty when nothing filters. */
    /** True when nothing is filtered: every row matches. */
    boolean isEmpty() {
        return conditions.isEmpty();
    }

    String sql() {
        return conditions.isEmpty() ? "" : "where " + String.join("\n  and ", conditions);
    }

    /** Binds every parameter of the conditions. */
    <S extends SqlStatement<S>> S bindTo(S statement) {
        values.forEach(statement::bind);
        return statement;
    }

    /** {@code %text%} for ILIKE, with LIKE's own wildcards and escape character in the text taken literally. */
    static String containsPattern(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** Whether the failure is a unique-constraint violation (SQLSTATE 23505); names the constraint, else null. */
    static String violatedUniqueConstraint(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PSQLException psql && "23505".equals(psql.getSQLState())) {
                ServerErrorMessage message = psql.getServerErrorMessage();
                String constraint = message == null ? null : message.getConstraint();
                return constraint == null ? "" : constraint;
            }
        }
        return null;
    }
}
