package com.attackacrack.crm.application.service.maintenance;

import com.attackacrack.crm.application.port.in.maintenance.PurgeExpiredRecordsUseCase;
import com.attackacrack.crm.application.port.out.ExpiredRecords;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Purges ended sessions (expired or revoked before now), invites that ended more than the invite retention ago,
 * webhook events processed more than the webhook retention ago and the heartbeats of processes silent for more than
 * the heartbeat retention. Each kind is one delete statement of its own, so a
 * purge interrupted half-way leaves nothing inconsistent and the next purge finishes the job.
 */
public final class PurgeExpiredRecordsService implements PurgeExpiredRecordsUseCase {

    /** How long invites are kept after they were used, revoked or expired, by default. */
    public static final Duration DEFAULT_INVITE_RETENTION = Duration.ofDays(30);
    /** How long processed webhook event ids are kept (guarding against redeliveries), by default. */
    public static final Duration DEFAULT_WEBHOOK_RETENTION = Duration.ofDays(30);
    /** The shortest retention accepted: a redelivery can arrive hours later, and an admin may look at a used invite. */
    public static final Duration MIN_RETENTION = Duration.ofDays(1);
    /** How long the heartbeat of a silent process is kept (the System page lists it until then), by default. */
    public static final Duration DEFAULT_HEARTBEAT_RETENTION = Duration.ofHours(24);
    /** The shortest heartbeat retention accepted: the System page shows processes heard from within the last hour. */
    public static final Duration MIN_HEARTBEAT_RETENTION = Duration.ofHours(1);

    private static final Logger LOG = LoggerFactory.getLogger(PurgeExpiredRecordsService.class);

    private final ExpiredRecords records;
    private final Clock clock;
    private final Duration inviteRetention;
    private final Duration webhookRetention;
    private final Duration heartbeatRetention;

    /**
     * A purge keeping ended invites for {@code inviteRetention}, processed webhook ids for {@code webhookRetention}
     * and the heartbeat of a silent process for {@code heartbeatRetention}.
     */
    public PurgeExpiredRecordsService(ExpiredRecords records, Clock clock, Duration inviteRetention,
                                      Duration webhookRetention, Duration heartbeatRetention) {
        this.records = Objects.requireNonNull(records, "records");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.inviteRetention = checked(inviteRetention, "inviteRetention", MIN_RETENTION);
        this.webhookRetention = checked(webhookRetention, "webhookRetention", MIN_RETENTION);
        this.heartbeatRetention = checked(heartbeatRetention, "heartbeatRetention", MIN_HEARTBEAT_RETENTION);
    }

    @Override
    public PurgeReport purge() {
        Instant now = clock.instant();
        int sessions = records.deleteEndedSessions(now);
        int invites = records.deleteInvitesEndedBefore(now.minus(inviteRetention));
        int webhookEvents = records.deleteProcessedWebhookEventsBefore(now.minus(webhookRetention));
        int heartbeats = records.deleteHeartbeatsReceivedBefore(now.minus(heartbeatRetention));
        PurgeReport report = new PurgeReport(sessions, invites, webhookEvents, heartbeats);
        LOG.info("Purged {} ended session(s), {} invite(s) ended over {} day(s) ago, {} webhook event(s) processed over "
                        + "{} day(s) ago, {} heartbeat(s) of processes silent for over {} hour(s)", sessions, invites,
                inviteRetention.toDays(), webhookEvents, webhookRetention.toDays(), heartbeats, heartbeatRetention.toHours());
        return report;
    }

    private static Duration checked(Duration retention, String name, Duration minimum) {
        Objects.requireNonNull(retention, name);
        if (retention.compareTo(minimum) < 0) {
            throw new IllegalArgumentException(name + " must be at least " + minimum + ", was " + retention);
        }
        return retention;
    }
}
