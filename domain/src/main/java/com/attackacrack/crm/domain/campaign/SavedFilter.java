package com.attackacrack.crm.domain.campaign;

import java.time.Instant;
import java.util.Objects;

/** A named audience filter kept for campaigns (name unique ignoring case). */
public record SavedFilter(SavedFilterId id, String name, AudienceFilter criteria, Instant createdAt, Instant updatedAt) {

    public SavedFilter {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(criteria, "criteria");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
