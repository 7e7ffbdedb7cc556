package com.attackacrack.crm.application.service.campaign;

import com.attackacrack.crm.application.port.out.CampaignSending;
import com.attackacrack.crm.application.port.out.ContactRepository;
import com.attackacrack.crm.application.port.out.ConversationRepository;
import com.attackacrack.crm.application.port.out.Job;
import com.attackacrack.crm.application.port.out.OperationsMetrics;
import com.attackacrack.crm.application.port.out.OutboundSms;
import com.attackacrack.crm.application.port.out.SendClaim;
import com.attackacrack.crm.application.port.out.SmsGateway;
import com.attackacrack.crm.application.port.out.SmsSendResult;
import com.attackacrack.crm.application.port.out.SuppressionRepository;
import com.attackacrack.crm.application.port.out.TransactionRunner;
import com.attackacrack.crm.application.service.jobs.JobHandler;
import com.attackacrack.crm.domain.campaign.ExclusionReason;
import com.attackacrack.crm.domain.contact.Contact;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one campaign text ({@code campaign.send} jobs) at most once: claims the recipient first (nothing to claim when
 * another run already did, or the campaign is no longer running, which is how a pause stops sends), checks the
 * suppression list and the contact's opt-out again, then calls the provider once and records what it answered. Just
 * before each request that may reach the provider it stamps the recipient (committed at once), so a worker that dies
 * before that (say, waiting for a rate slot) leaves a recipient the tick puts back to pending. A send whose fate is
 * not known becomes "unknown" and is reconciled against the provider, never sent again.
 */
public final class SendCampaignMessageHandler implements JobHandler {

    /** The job type. */
    public static final String JOB_TYPE = CampaignSendJob.TYPE;
    /** How long a claim holds by default: longer than the gateway's retries and rate-limit waits take. */
    public static final Duration DEFAULT_LEASE = Duration.ofMinutes(5);

    private static final Logger LOG = LoggerFactory.getLogger(SendCampaignMessageHandler.class);

    private final CampaignSending sending;
    private final ContactRepository contacts;
    private final SuppressionRepository suppressions;
    private final SmsGateway gateway;
    private final CampaignSendRecorder recorder;
    private final Clock clock;
    private final String worker;
    private final Duration lease;
    private final OperationsMetrics metrics;

    /** The handler; {@code worker} names this process in the claims it takes, which hold for {@code lease}. */
    public SendCampaignMessageHandler(CampaignSending sending, ContactRepository contacts,
                                      ConversationRepository conversations, SuppressionRepository suppressions,
                                      SmsGateway gateway, TransactionRunner transactions, Clock clock, String worker,
                                      Duration lease) {
        this(sending, contacts, conversations, suppressions, gateway, transactions, clock, worker, lease,
                OperationsMetrics.NONE);
    }

    /** The handler, reporting each gateway answer to {@code metrics}. */
    public SendCampaignMessageHandler(CampaignSending sending, ContactRepository contacts,
                                      ConversationRepository conversations, SuppressionRepository suppressions,
                                      SmsGateway gateway, TransactionRunner transactions, Clock clock, String worker,
                                      Duration lease, OperationsMetrics metrics) {
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.sending = Objects.requireNonNull(sending, "sending");
        this.contacts = Objects.requireNonNull(contacts, "contacts");
        this.suppressions = Objects.requireNonNull(suppressions, "suppressions");
        this.gateway = Objects.requireNonNull(gateway, "gateway");
        this.recorder = new CampaignSendRecorder(sending, Objects.requireNonNull(conversations, "conversations"),
                Objects.requireNonNull(transactions, "transactions"));
        this.clock = Objects.requireNonNull(clock, "clock");
        this.worker = Objects.requireNonNull(worker, "worker");
        this.lease = Objects.requireNonNull(lease, "lease");
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("lease must be positive, was " + lease);
        }
    }

    @Override
    public String jobType() {
        return JOB_TYPE;
    }

    @Override
    public void handle(Job job) {
        long recipient = CampaignSendJob.recipientId(job);
        Optional<SendClaim> claimed = sending.claim(recipient, worker, clock.instant(), lease);
        if (claimed.isEmpty()) {
            return;
        }
        SendClaim claim = claimed.get();
        ExclusionReason refusal = refusal(claim);
        if (refusal != null) {
            sending.exclude(recipient, refusal);
            return;
        }
        SmsSendResult result;
        try {
            result = gateway.send(new OutboundSms(claim.phone(), claim.body()), () -> startRequest(recipient));
        } catch (ClaimLost e) {
            LOG.warn("campaign recipient {}: the claim was lost before the request to OpenPhone; not sending", recipient);
            return;
        }
        metrics.smsSent(OperationsMetrics.SmsKind.CAMPAIGN, result.outcome());
        record(claim, result);
    }

    /**
     * Stamps, committed before the request leaves, that the send may have reached the provider (so a worker that dies
     * before this point leaves a recipient that provably was not sent); stops the send when the claim was lost.
     */
    private void startRequest(long recipient) {
        if (!sending.markRequestStarted(recipient, clock.instant())) {
            throw new ClaimLost();
        }
    }

    private boolean record(SendClaim claim, SmsSendResult result) {
        Instant now = clock.instant();
        long recipient = claim.recipientId();
        return switch (result.outcome()) {
            case ACCEPTED -> recorder.accepted(recipient, claim.contactOrNull(), claim.phone(), claim.body(),
                    result.providerMessageId(), CampaignSendRecorder.statusOf(result.providerStatus()), now, now);
            case REJECTED -> sending.markFailed(recipient, result.failureCode(), result.failureReason(), now);
            case FAILED -> sending.markUnknown(recipient, "Not known whether OpenPhone got it: " + result.failureReason());
        };
    }

    /** Why the text must not go out now, or null: the number is suppressed, or the contact opted out or is gone. */
    private ExclusionReason refusal(SendClaim claim) {
        if (suppressions.suppression(claim.phone()).isPresent()) {
            return ExclusionReason.of(ExclusionReason.Kind.SUPPRESSED);
        }
        if (claim.contactOrNull() == null) {
            return new ExclusionReason(ExclusionReason.Kind.DO_NOT_CONTACT, "contact deleted");
        }
        Optional<Contact> contact = contacts.findById(claim.contactOrNull());
        if (contact.isEmpty()) {
            return new ExclusionReason(ExclusionReason.Kind.DO_NOT_CONTACT, "contact deleted");
        }
        return contact.get().optedOut().isPresent() ? ExclusionReason.of(ExclusionReason.Kind.DO_NOT_CONTACT) : null;
    }

    /** The claim ran out (or was released) before the request: the request must not be made. */
    private static final class ClaimLost extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ClaimLost() {
            super("the campaign send's claim was lost before the request", null, false, false);
        }
    }
}
