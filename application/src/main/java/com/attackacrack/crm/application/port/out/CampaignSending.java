package com.attackacrack.crm.application.port.out;

import com.attackacrack.crm.domain.campaign.CampaignId;
import com.attackacrack.crm.domain.campaign.ExclusionReason;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The send side of launched campaigns' recipients: which pending recipients to queue, the claim a worker takes before
 * calling the provider (one conditional update, so of two workers only one claims), the outcome it records, leases
 * that ran out, and the "unknown" sends to reconcile. Every change is conditional on the row's status, so a repeat or
 * a late caller changes nothing.
 */
public interface CampaignSending {

    /**
     * Up to {@code limit} pending recipients of the campaign with an id above {@code afterId}, in id order, that are
     * not queued or were queued longer than {@code requeueAfter} ago (their job may have been lost); reads only.
     */
    List<PendingRecipient> queueable(CampaignId campaign, long afterId, int limit, Instant now, Duration requeueAfter);

    /**
     * Stamps the given recipients queued at {@code now} when they are still pending and queueable (rows another
     * caller holds locked are skipped, not waited for); returns the ids stamped, which are the ones to enqueue.
     */
    List<Long> markQueued(Collection<Long> recipientIds, Instant now, Duration requeueAfter);

    /**
     * How many of the campaign's recipients were queued in [{@code from}, {@code until}) and not excluded since: what
     * counts toward the daily limit (pending ones queued and waiting for a worker included).
     */
    long queuedBetween(CampaignId campaign, Instant from, Instant until);

    /**
     * Claims a pending recipient of a running campaign for one send: pending → sending with a lease until
     * {@code now + lease}, one more attempt, by {@code worker}. Empty when it is not pending (already claimed or done)
     * or its campaign is not running (paused, cancelled, completed).
     */
    Optional<SendClaim> claim(long recipientId, String worker, Instant now, Duration lease);

    /**
     * Records, durably and at once (in a transaction of its own, committed before this returns, even when the caller
     * is inside one), that the request for a claimed send is about to go to the provider, so it may have reached it:
     * only while the recipient is sending and its lease has not run out by {@code now}. False otherwise, and then the
     * request must not be made (the claim was lost). The first stamp of a claim is kept.
     */
    boolean markRequestStarted(long recipientId, Instant now);

    /**
     * Records that the provider accepted the text (from sending, or from unknown when it turned out to have gone):
     * its id, the conversation message with that id (given the campaign), and delivered or failed at once when that
     * message already knows it. False when the recipient was in neither status.
     */
    boolean markSent(long recipientId, String providerMessageId, Instant now);

    /** Records that the provider refused the text for good (from sending or unknown); false otherwise. */
    boolean markFailed(long recipientId, String code, String reason, Instant now);

    /** Records that it is not known whether the text reached the provider (from sending only); false otherwise. */
    boolean markUnknown(long recipientId, String reason);

    /** Excludes a recipient that may no longer be texted (from pending or sending); false otherwise. */
    boolean exclude(long recipientId, ExclusionReason reason);

    /**
     * Puts back to pending (lease and worker cleared, attempts kept, no longer queued, so the next tick queues it
     * again) every recipient whose send provably never reached the provider: sending with its lease run out before
     * {@code now}, or unknown and not yet left for review with its lease run out by {@code now}, and in both cases
     * without a request started ({@link #markRequestStarted}). Returns how many.
     */
    int releaseUnstarted(Instant now);

    /**
     * Turns every claim whose lease ran out before {@code now} and whose request may have started into unknown;
     * returns how many.
     */
    int expireLeases(Instant now);

    /**
     * Unknown recipients not yet checked to the end whose request may have reached the provider, whose lease ran out
     * by {@code now}, oldest first.
     */
    List<UnknownSend> unreconciled(Instant now, int limit);

    /** Leaves an unknown recipient for a person to review, saying why; false when it is no longer unknown. */
    boolean markForReview(long recipientId, String reason);

    /**
     * How many of the campaign's recipients are still to send: pending, sending, or unknown without a request started
     * and not left for review (it goes back to pending once its lease runs out).
     */
    long remaining(CampaignId campaign);
}
