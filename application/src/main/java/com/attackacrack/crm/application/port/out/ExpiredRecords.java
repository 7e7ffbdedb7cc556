package com.attackacrack.crm.application.port.out;

import java.time.Instant;

/**
 * Deletes records whose useful life is over; each method is one statement and returns how many rows the database
 * deleted. Nothing still in use is touched: a live session, a pending unexpired invite, a webhook event that is not
 * processed (received, failed or dead) all stay.
 */
public interface ExpiredRecords {

    /** Deletes sessions that expired or were revoked before {@code now}: they can never sign anyone in again. */
    int deleteEndedSessions(Instant now);

    /**
     * Deletes invites that ended before {@code cutoff}: used or revoked before it, or never used and expired before
     * it. A pending invite expires in the future, so it is never deleted while its cutoff is in the past.
     */
    int deleteInvitesEndedBefore(Instant cutoff);

    /**
     * Deletes processed webhook events processed before {@code cutoff}; their event id no longer guards against a
     * redelivery, which the provider stops long before. Dead letters and events waiting or failing are kept.
     */
    int deleteProcessedWebhookEventsBefore(Instant cutoff);

    /**
     * Deletes the heartbeat of every process last heard from (received) before {@code cutoff}: a process silent that
     * long has stopped (a deploy replaced it), and a live one writes its row again with its next heartbeat.
     */
    int deleteHeartbeatsReceivedBefore(Instant cutoff);
}
