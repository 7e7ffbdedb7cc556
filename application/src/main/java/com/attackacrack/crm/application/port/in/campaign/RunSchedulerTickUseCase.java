package com.attackacrack.crm.application.port.in.campaign;

/**
 * One tick of the campaign scheduler, run every few seconds by the one scheduler that holds the leader lock: starts
 * scheduled campaigns whose time came, queues send jobs for running campaigns inside their sending window, daily limit
 * and the recipients' quiet hours, turns expired send leases into "unknown" for reconciliation, and completes campaigns
 * with nothing left to send.
 */
public interface RunSchedulerTickUseCase {

    /** Runs one tick and says what it did. */
    TickReport tick();

    /** What one tick did. */
    record TickReport(int campaignsStarted, int sendsQueued, int leasesExpired, int campaignsCompleted) {
    }
}
