package com.attackacrack.crm.domain.importing;

import java.util.Objects;

/**
 * What was wrong with one field of one import row, e.g. field {@code Primary Mobile Phone1}, value {@code 555-12},
 * reason "too few digits for a US number". The rest of the row still imports where it can.
 */
public record RowProblem(String field, String value, String reason) {

    public RowProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(reason, "reason");
        value = value == null ? "" : value;
    }
}
