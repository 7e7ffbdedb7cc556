package com.attackacrack.crm.domain.system;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** The health of the whole system at one instant: healthy only when every required component is up. */
public record SystemHealth(List<ComponentStatus> components, String version, Instant checkedAt) {

    public SystemHealth {
        components = List.copyOf(components);
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(checkedAt, "checkedAt");
    }

    public boolean healthy() {
        return !components.isEmpty() && components.stream().allMatch(ComponentStatus::up);
    }
}
