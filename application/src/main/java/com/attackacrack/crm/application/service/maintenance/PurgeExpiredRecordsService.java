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
 * Purges ended sessions (expired or revoked before now), invites that ended more than the invite retention ago and
 * webhook events processed more than the webhook retention ago. Each kind is one delete statement of its own, so a
 * purge interrupted half-way leaves nothing inconsistent and the next purge finishes the job.
 */
public final class PurgeExpiredRecordsService implements PurgeExpiredRecordsUseCase {

    /** How long invites are kept after they were used, revoked or expired, by default. */
    public static final Duration DEFAULT_INVITE_RETENTION = Duration.ofDays(30);
    /** How long processed webhook event ids are kept (guarding against redeliveries), by default. */
    public static final Duration DEFAULT_WEBHOOK_RETENTION = Duration.ofDays(30);
    /** The shortest retention accepted: a redelivery can arrive hours later, and an admin may look at a used invite. */
    public static final Duration MIN_RETENTION = Duration.ofDays(1);

    private static final Logger LOG = LoggerFactory.getLogger(PurgeExpiredRecordsService.class);

    private final ExpiredRecords records;
    private final Clock clock;
    private final Duration inviteRetention;
    private final Duration webhookRetention;

    /** A purge keeping ended invites for {@code inviteRetention} and processed webhook ids for {@code webhookRetention}. */
    public PurgeExpiredRecordsService(ExpiredRecords records, Clock clock, Duration inviteRetention,
                                      Duration webhookRetention) {
        this.records = Objects.requireNonNull(records, "records");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.inviteRetention = checked(inviteRetention, "inviteRetention");
        this.webhookRetention = checked(webhookRetention, "webhookRetention");
    }

    @Override
    public PurgeReport purge() {
        Instant now = clock.instant();
        int sessions = records.deleteEndedSessions(now);
        int invites = records.deleteInvitesEndedBefore(now.minus(inviteRetention));
        int webhookEvents = records.deleteProcessedWebhookEventsBefore(now.minus(webhookRetention));
        PurgeReport report = new PurgeReport(sessions, invites, webhookEvents);
        LOG.info("Purged {} ended session(s), {} invite(s) ended over {} day(s) ago, {} webhook event(s) processed over "
                        + "{} day(s) ago", sessions, invites, inviteRetention.toDays(), webhookEvents,
                webhookRetention.toDays());
        return report;
    }

    private static Duration checked(Duration retention, String name) {
        Objects.requireNonNull(retention, name);
        if (retention.compareTo(MIN_RETENTION) < 0) {
            throw new IllegalArgumentException(name + " must be at least 1 day, was " + retention);
        }
        return retention;
    }
}
