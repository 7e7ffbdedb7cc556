package com.attackacrack.crm.adapters.in.web.system;

import com.attackacrack.crm.domain.system.ComponentStatus;
import com.attackacrack.crm.domain.system.SystemHealth;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code /health} JSON body: overall status, version, when it was checked and each component by name.
 *
 * @param status     {@code UP} when every component is up, else {@code DOWN}
 * @param version    application version
 * @param checkedAt  ISO-8601 instant of the check
 * @param detail     why the check itself failed; absent when it ran
 * @param components component name to its status, in probe order
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HealthView(String status, String version, String checkedAt, String detail,
                         Map<String, ComponentHealthView> components) {

    /** Overall or component status when everything works. */
    public static final String UP = "UP";
    /** Overall or component status when something does not. */
    public static final String DOWN = "DOWN";

    public HealthView {
        components = Collections.unmodifiableMap(new LinkedHashMap<>(components));
    }

    /** The view of a completed health check. */
    public static HealthView from(SystemHealth health) {
        Map<String, ComponentHealthView> components = new LinkedHashMap<>();
        for (ComponentStatus component : health.components()) {
            components.put(component.name(), ComponentHealthView.from(component));
        }
        return new HealthView(health.healthy() ? UP : DOWN, health.version(), health.checkedAt().toString(), null, components);
    }

    /** The view when the check itself could not run: DOWN with a generic detail (the cause is in the server log). */
    public static HealthView failed(String version, Instant at) {
        return new HealthView(DOWN, version, at.toString(), "health check failed; see server log", Map.of());
    }

    /** Whether the overall status is UP. */
    public boolean up() {
        return UP.equals(status);
    }
}
