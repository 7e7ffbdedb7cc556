package com.attackacrack.crm.application.service.campaign;

import com.attackacrack.crm.application.port.in.campaign.RunSchedulerTickUseCase;
import com.attackacrack.crm.application.port.out.CampaignRepository;
import com.attackacrack.crm.application.port.out.CampaignSending;
import com.attackacrack.crm.application.port.out.ConversationRepository;
import com.attackacrack.crm.application.port.out.JobQueue;
import com.attackacrack.crm.application.port.out.PhoneTimeZones;
import com.attackacrack.crm.application.port.out.ProviderHistory;
import com.attackacrack.crm.application.port.out.TransactionRunner;
import com.attackacrack.crm.domain.campaign.Campaign;
import com.attackacrack.crm.domain.campaign.CampaignStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The campaign scheduler's tick: starts scheduled campaigns whose time came, puts sends that provably never reached
 * the provider (no request started) back to pending, turns the other expired send leases into unknown and reconciles
 * unknown sends against the provider, queues {@code campaign.send} jobs for each running campaign
 * whose sending window is open (within its daily limit and the recipients' quiet hours), and completes running
 * campaigns with nothing left pending or sending. A campaign that fails is logged and the others go on.
 */
public final class RunSchedulerTickService implements RunSchedulerTickUseCase {

    /** The most sends one campaign queues per tick by default. */
    public static final int DEFAULT_PER_TICK = 50;
    /** How long a queued recipient waits for a worker before it is queued again (its job may be lost). */
    public static final Duration DEFAULT_REQUEUE_AFTER = Duration.ofMinutes(10);
    /** How long after its lease ran out an unknown send not found at the provider is left for review. */
    public static final Duration DEFAULT_REVIEW_AFTER = Duration.ofMinutes(10);

    private static final Logger LOG = LoggerFactory.getLogger(RunSchedulerTickService.class);

    private final CampaignRepository campaigns;
    private final CampaignSending sending;
    private final CampaignSendQueue queue;
    private final UnknownSendReconciler reconciler;
    private final Clock clock;

    /**
     * The tick with the default limits; {@code history} is the provider's history to reconcile unknown sends against
     * (empty when the provider's API is not configured: unknown sends are then left for review at once).
     */
    public RunSchedulerTickService(CampaignRepository campaigns, CampaignSending sending, PhoneTimeZones zones,
                                 JobQueue jobs, ConversationRepository conversations, TransactionRunner transactions,
                                 Optional<ProviderHistory> history, Clock clock) {
        this(campaigns, sending, zones, jobs, conversations, transactions, history, clock, DEFAULT_PER_TICK,
                DEFAULT_REQUEUE_AFTER, DEFAULT_REVIEW_AFTER);
    }

    /** The tick with its limits given. */
    public RunSchedulerTickService(CampaignRepository campaigns, CampaignSending sending, PhoneTimeZones zones,
                                 JobQueue jobs, ConversationRepository conversations, TransactionRunner transactions,
                                 Optional<ProviderHistory> history, Clock clock, int perTick, Duration requeueAfter,
                                 Duration reviewAfter) {
        this.campaigns = Objects.requireNonNull(campaigns, "campaigns");
        this.sending = Objects.requireNonNull(sending, "sending");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (perTick < 1) {
            throw new IllegalArgumentException("perTick must be at least 1, was " + perTick);
        }
        this.queue = new CampaignSendQueue(sending, Objects.requireNonNull(zones, "zones"),
                Objects.requireNonNull(jobs, "jobs"), perTick, Objects.requireNonNull(requeueAfter, "requeueAfter"));
        this.reconciler = new UnknownSendReconciler(sending, Objects.requireNonNull(history, "history"),
                new CampaignSendRecorder(sending, Objects.requireNonNull(conversations, "conversations"),
                        Objects.requireNonNull(transactions, "transactions")),
                Objects.requireNonNull(reviewAfter, "reviewAfter"));
    }

    @Override
    public TickReport tick() {
        Instant now = clock.instant();
        int started = 0;
        for (Campaign campaign : campaigns.due(now)) {
            if (campaigns.transition(campaign.id(), Set.of(CampaignStatus.SCHEDULED), CampaignStatus.RUNNING, now)) {
                started++;
            }
        }
        sending.releaseUnstarted(now);
        int expired = sending.expireLeases(now);
        reconciler.reconcile(now);
        int queued = 0;
        int completed = 0;
        for (Campaign campaign : campaigns.running()) {
            try {
                if (sending.remaining(campaign.id()) == 0) {
                    if (campaigns.transition(campaign.id(), Set.of(CampaignStatus.RUNNING), CampaignStatus.COMPLETED,
                            now)) {
                        completed++;
                    }
                } else if (campaign.window().allows(now)) {
                    queued += queue.queue(campaign, now);
                }
            } catch (RuntimeException e) {
                LOG.error("campaign {} could not be ticked", campaign.id(), e);
            }
        }
        return new TickReport(started, queued, expired, completed);
    }
}
