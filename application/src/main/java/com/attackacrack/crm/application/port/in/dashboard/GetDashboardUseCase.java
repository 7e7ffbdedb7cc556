package com.attackacrack.crm.application.port.in.dashboard;

import com.attackacrack.crm.domain.user.Permission;
import java.util.Set;

/** The figures of the home page dashboard, computed from the stored data for a viewer with these permissions. */
public interface GetDashboardUseCase {

    /** The dashboard; the import and dead-letter figures only when the permissions allow managing them. */
    Dashboard dashboard(Set<Permission> permissions);
}
