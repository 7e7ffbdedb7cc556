package com.attackacrack.crm.domain.property;

import java.time.Instant;
import java.util.Objects;

/** A property the business may repair: its facts, where the record came from, and when it was created and changed. */
public record Property(PropertyId id, PropertyDetails details, String source, Instant createdAt, Instant updatedAt) {

    public Property {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
