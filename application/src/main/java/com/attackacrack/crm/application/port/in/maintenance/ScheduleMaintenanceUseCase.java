package com.attackacrack.crm.application.port.in.maintenance;

/** Queues the daily maintenance jobs whose time has come; called on every tick of the leading scheduler. */
public interface ScheduleMaintenanceUseCase {

    /** Queues the purge if it has not been queued in the last day; true when it queued it now. */
    boolean scheduleDue();
}
