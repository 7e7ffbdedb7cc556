package com.attackacrack.crm.domain.importing;

import java.util.Objects;

/** A problem recorded against one line of an import (the line's other data imported where it could). */
public record ImportProblem(long line, String field, String value, String reason) {

    public ImportProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(reason, "reason");
        value = value == null ? "" : value;
    }
}
