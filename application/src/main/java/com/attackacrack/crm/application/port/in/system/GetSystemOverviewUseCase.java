package com.attackacrack.crm.application.port.in.system;

/** Gathers what the Settings → System page shows: database, Redis, queue depth per job type, processes and build. */
public interface GetSystemOverviewUseCase {

    /** Reads every part live; a part whose source fails is reported unavailable with the reason, never thrown. */
    SystemOverview overview();
}
