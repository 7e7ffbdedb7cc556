package com.attackacrack.crm.domain.system;

import java.util.Objects;

/** The state of one part the CRM depends on (database, Redis, workers) with a human-readable detail. */
public record ComponentStatus(String name, boolean up, String detail, long latencyMillis) {

    public ComponentStatus {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        Objects.requireNonNull(detail, "detail");
        if (latencyMillis < 0) {
            throw new IllegalArgumentException("latencyMillis must not be negative");
        }
    }

    public static ComponentStatus up(String name, String detail, long latencyMillis) {
        return new ComponentStatus(name, true, detail, latencyMillis);
    }

    public static ComponentStatus down(String name, String detail, long latencyMillis) {
        return new ComponentStatus(name, false, detail, latencyMillis);
    }
}
