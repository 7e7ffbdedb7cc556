package com.attackacrack.crm.domain.system;

import java.time.Instant;
import java.util.Objects;

/** Who a running process is: its id, role, host, version and start time. */
public record ProcessInfo(String processId, ProcessRole role, String host, String version, Instant startedAt) {

    public ProcessInfo {
        requireText(processId, "processId");
        Objects.requireNonNull(role, "role");
        requireText(host, "host");
        requireText(version, "version");
        Objects.requireNonNull(startedAt, "startedAt");
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
    }
}
