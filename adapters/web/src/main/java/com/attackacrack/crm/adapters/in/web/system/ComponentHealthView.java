package com.attackacrack.crm.adapters.in.web.system;

import com.attackacrack.crm.domain.system.ComponentStatus;

/**
 * One component as {@code /health} reports it.
 *
 * @param status    {@code UP} or {@code DOWN}
 * @param detail    human-readable detail from the probe
 * @param latencyMs how long the probe took
 */
public record ComponentHealthView(String status, String detail, long latencyMs) {

    /** The JSON view of a component's status. */
    public static ComponentHealthView from(ComponentStatus component) {
        return new ComponentHealthView(component.up() ? HealthView.UP : HealthView.DOWN, component.detail(),
                component.latencyMillis());
    }
}
