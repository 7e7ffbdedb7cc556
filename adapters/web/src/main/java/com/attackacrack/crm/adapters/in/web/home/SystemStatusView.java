package com.attackacrack.crm.adapters.in.web.home;

import com.attackacrack.crm.domain.system.SystemHealth;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The home page's system status card: overall verdict, when it was checked and one line per component.
 *
 * @param healthy    whether every component is up
 * @param checkedAt  ISO-8601 instant of the check
 * @param components one line per component, in probe order
 */
public record SystemStatusView(boolean healthy, String checkedAt, List<ComponentStatusView> components) {

    public SystemStatusView {
        components = List.copyOf(components);
    }

    /** The card for a completed health check. */
    public static SystemStatusView from(SystemHealth health) {
        return new SystemStatusView(health.healthy(), health.checkedAt().truncatedTo(ChronoUnit.SECONDS).toString(),
                health.components().stream().map(ComponentStatusView::from).toList());
    }
}
