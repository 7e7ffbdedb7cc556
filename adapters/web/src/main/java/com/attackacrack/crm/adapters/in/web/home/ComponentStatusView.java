package com.attackacrack.crm.adapters.in.web.home;

import com.attackacrack.crm.domain.system.ComponentStatus;

/**
 * One line of the home page's system status card.
 *
 * @param name      component name (database, redis, worker)
 * @param up        whether it is up
 * @param detail    the probe's human-readable detail
 * @param latencyMs how long the probe took
 */
public record ComponentStatusView(String name, boolean up, String detail, long latencyMs) {

    /** The card line for a component status. */
    public static ComponentStatusView from(ComponentStatus component) {
        return new ComponentStatusView(component.name(), component.up(), component.detail(), component.latencyMillis());
    }
}
