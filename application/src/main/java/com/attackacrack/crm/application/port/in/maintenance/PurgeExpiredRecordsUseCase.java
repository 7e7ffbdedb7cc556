package com.attackacrack.crm.application.port.in.maintenance;

/**
 * Deletes what has outlived its use: ended sessions, invites used, revoked or expired longer ago than the invite
 * retention, processed webhook event ids older than the webhook retention, and the heartbeats of processes silent for
 * longer than the heartbeat retention. Run by {@code crm maintenance purge} and once a day by the
 * {@code maintenance.purge} job.
 */
public interface PurgeExpiredRecordsUseCase {

    /** Purges now and reports how many rows of each kind the database deleted. */
    PurgeReport purge();

    /** How many rows of each kind were deleted. */
    record PurgeReport(int sessions, int invites, int webhookEvents, int heartbeats) {

        /** Every deleted row. */
        public int total() {
            return sessions + invites + webhookEvents + heartbeats;
        }
    }
}
