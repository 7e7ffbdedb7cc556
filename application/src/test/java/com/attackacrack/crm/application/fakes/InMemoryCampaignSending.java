package com.attackacrack.crm.application.fakes;

import com.attackacrack.crm.application.port.out.CampaignRepository;
import com.attackacrack.crm.application.port.out.CampaignSending;
import com.attackacrack.crm.application.port.out.CampaignTracking;
import com.attackacrack.crm.application.port.out.PendingRecipient;
import com.attackacrack.crm.application.port.out.SendClaim;
import com.attackacrack.crm.application.port.out.UnknownSend;
import com.attackacrack.crm.domain.campaign.CampaignId;
import com.attackacrack.crm.domain.campaign.CampaignStatus;
import com.attackacrack.crm.domain.campaign.ExclusionReason;
import com.attackacrack.crm.domain.campaign.RecipientStatus;
import com.attackacrack.crm.domain.contact.ContactId;
import com.attackacrack.crm.domain.conversation.MessageStatus;
import com.attackacrack.crm.domain.shared.PhoneNumber;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Test fake of {@link CampaignSending} and {@link CampaignTracking}: recipient rows in id order whose status changes
 * follow the same conditions as the database's; a claim asks the campaign repository whether the campaign runs.
 */
public final class InMemoryCampaignSending implements CampaignSending, CampaignTracking {

    /** One recipient row as the fake keeps it; tests read it back with {@link #row}. */
    public static final class Row {
        public final long id;
        public final CampaignId campaign;
        public final ContactId contact;
        public final PhoneNumber phone;
        public final String body;
        public RecipientStatus status = RecipientStatus.PENDING;
        public ExclusionReason exclusion;
        public Instant enqueuedAt;
        public Instant leaseUntil;
        public int attempts;
        public String claimedBy;
        public Instant requestStartedAt;
        public String providerMessageId;
        public Instant sentAt;
        public Instant deliveredAt;
        public Instant failedAt;
        public String failureCode;
        public String failureReason;
        public Instant repliedAt;
        public Instant optedOutAt;

        Row(long id, CampaignId campaign, ContactId contact, PhoneNumber phone, String body) {
            this.id = id;
            this.campaign = campaign;
            this.contact = contact;
            this.phone = phone;
            this.body = body;
        }
    }

    private final CampaignRepository campaigns;
    private final Map<Long, Row> rows = new TreeMap<>();
    private long lastId;

    /** Sending whose claims check the campaign's status in {@code campaigns}. */
    public InMemoryCampaignSending(CampaignRepository campaigns) {
        this.campaigns = campaigns;
    }

    /** Adds a pending recipient; returns its row id. */
    public synchronized long addPending(CampaignId campaign, ContactId contact, PhoneNumber phone, String body) {
        Row row = new Row(++lastId, campaign, contact, phone, body);
        rows.put(row.id, row);
        return row.id;
    }

    /** The row with this id. */
    public synchronized Row row(long id) {
        return rows.get(id);
    }

    @Override
    public synchronized List<PendingRecipient> queueable(CampaignId campaign, long afterId, int limit, Instant now,
                                                         Duration requeueAfter) {
        return rows.values().stream()
                .filter(r -> r.campaign.equals(campaign) && r.id > afterId && queueable(r, now, requeueAfter))
                .limit(limit).map(r -> new PendingRecipient(r.id, r.phone)).toList();
    }

    @Override
    public synchronized List<Long> markQueued(Collection<Long> recipientIds, Instant now, Duration requeueAfter) {
        List<Long> stamped = new ArrayList<>();
        for (long id : recipientIds.stream().sorted().toList()) {
            Row r = rows.get(id);
            if (r != null && queueable(r, now, requeueAfter)) {
                r.enqueuedAt = now;
                stamped.add(id);
            }
        }
        return stamped;
    }

    @Override
    public synchronized long queuedBetween(CampaignId campaign, Instant from, Instant until) {
        return rows.values().stream().filter(r -> r.campaign.equals(campaign) && r.status != RecipientStatus.EXCLUDED
                && r.enqueuedAt != null && !r.enqueuedAt.isBefore(from) && r.enqueuedAt.isBefore(until)).count();
    }

    @Override
    public synchronized Optional<SendClaim> claim(long recipientId, String worker, Instant now, Duration lease) {
        Row r = rows.get(recipientId);
        if (r == null || r.status != RecipientStatus.PENDING
                || campaigns.find(r.campaign).map(c -> c.status() != CampaignStatus.RUNNING).orElse(true)) {
            return Optional.empty();
        }
        r.status = RecipientStatus.SENDING;
        r.leaseUntil = now.plus(lease);
        r.attempts++;
        r.claimedBy = worker;
        r.requestStartedAt = null;
        return Optional.of(new SendClaim(r.id, r.campaign, r.contact, r.phone, r.body));
    }

    @Override
    public synchronized boolean markRequestStarted(long recipientId, Instant now) {
        Row r = rows.get(recipientId);
        if (r == null || r.status != RecipientStatus.SENDING || !r.leaseUntil.isAfter(now)) {
            return false;
        }
        if (r.requestStartedAt == null) {
            r.requestStartedAt = now;
        }
        return true;
    }

    @Override
    public synchronized boolean markSent(long recipientId, String providerMessageId, Instant now) {
        Row r = rows.get(recipientId);
        if (r == null || r.status != RecipientStatus.SENDING && r.status != RecipientStatus.UNKNOWN) {
            return false;
        }
        r.status = RecipientStatus.SENT;
        r.providerMessageId = providerMessageId;
        r.sentAt = now;
        r.leaseUntil = null;
        r.failureCode = null;
        r.failureReason = null;
        return true;
    }

    @Override
    public synchronized boolean markFailed(long recipientId, String code, String reason, Instant now) {
        Row r = rows.get(recipientId);
        if (r == null || r.status != RecipientStatus.SENDING && r.status != RecipientStatus.UNKNOWN) {
            return false;
        }
        r.status = RecipientStatus.FAILED;
        r.failedAt = now;
        r.failureCode = code;
        r.failureReason = reason;
        r.leaseUntil = null;
        return true;
    }

    @Override
    public synchronized boolean markUnknown(long recipientId, String reason) {
        Row r = rows.get(recipientId);
        if (r == null || r.status != RecipientStatus.SENDING) {
            return false;
        }
        r.status = RecipientStatus.UNKNOWN;
        r.failureCode = null;
        r.failureReason = reason;
        return true;
    }

    @Override
    public synchronized boolean exclude(long recipientId, ExclusionReason reason) {
        Row r = rows.get(recipientId);
        if (r == null || r.status != RecipientStatus.PENDING && r.status != RecipientStatus.SENDING) {
            return false;
        }
        r.status = RecipientStatus.EXCLUDED;
        r.exclusion = reason;
        r.leaseUntil = null;
        return true;
    }

    @Override
    public synchronized int releaseUnstarted(Instant now) {
        int released = 0;
        for (Row r : rows.values()) {
            boolean sending = r.status == RecipientStatus.SENDING && r.leaseUntil.isBefore(now);
            boolean unknown = r.status == RecipientStatus.UNKNOWN && r.failureCode == null && !r.leaseUntil.isAfter(now);
            if ((sending || unknown) && r.requestStartedAt == null) {
                r.status = RecipientStatus.PENDING;
                r.leaseUntil = null;
                r.claimedBy = null;
                r.enqueuedAt = null;
                r.failureCode = null;
                r.failureReason = null;
                released++;
            }
        }
        return released;
    }

    @Override
    public synchronized int expireLeases(Instant now) {
        int expired = 0;
        for (Row r : rows.values()) {
            if (r.status == RecipientStatus.SENDING && r.leaseUntil.isBefore(now) && r.requestStartedAt != null) {
                r.status = RecipientStatus.UNKNOWN;
                r.failureCode = null;
                r.failureReason = "lease expired";
                expired++;
            }
        }
        return expired;
    }

    @Override
    public synchronized List<UnknownSend> unreconciled(Instant now, int limit) {
        return rows.values().stream()
                .filter(r -> r.status == RecipientStatus.UNKNOWN && r.failureCode == null
                        && r.requestStartedAt != null && !r.leaseUntil.isAfter(now))
                .sorted(Comparator.comparing((Row r) -> r.leaseUntil).thenComparing(r -> r.id))
                .limit(limit)
                .map(r -> new UnknownSend(r.id, r.campaign, r.contact, r.phone, r.body,
                        r.enqueuedAt == null ? Instant.EPOCH : r.enqueuedAt, r.leaseUntil))
                .toList();
    }

    @Override
    public synchronized boolean markForReview(long recipientId, String reason) {
        Row r = rows.get(recipientId);
        if (r == null || r.status != RecipientStatus.UNKNOWN) {
            return false;
        }
        r.failureCode = "review";
        r.failureReason = reason;
        return true;
    }

    @Override
    public synchronized long remaining(CampaignId campaign) {
        return rows.values().stream().filter(r -> r.campaign.equals(campaign)
                && (r.status == RecipientStatus.PENDING || r.status == RecipientStatus.SENDING
                    || r.status == RecipientStatus.UNKNOWN && r.failureCode == null && r.requestStartedAt == null))
                .count();
    }

    @Override
    public synchronized void deliveryReport(String providerMessageId, MessageStatus status, String code, String reason,
                                            Instant at) {
        for (Row r : rows.values()) {
            if (providerMessageId.equals(r.providerMessageId) && r.status == RecipientStatus.SENT) {
                if (status == MessageStatus.DELIVERED) {
                    r.status = RecipientStatus.DELIVERED;
                    r.deliveredAt = at;
                } else if (status == MessageStatus.FAILED || status == MessageStatus.UNDELIVERED) {
                    r.status = RecipientStatus.FAILED;
                    r.failedAt = at;
                    r.failureCode = code;
                    r.failureReason = reason;
                }
            }
        }
    }

    @Override
    public synchronized void replied(ContactId contact, Instant at, Duration window) {
        latestSent(contact, at, window).filter(r -> r.repliedAt == null).ifPresent(r -> r.repliedAt = at);
    }

    @Override
    public synchronized void optedOut(ContactId contact, Instant at, Duration window) {
        latestSent(contact, at, window).filter(r -> r.optedOutAt == null).ifPresent(r -> r.optedOutAt = at);
    }

    private Optional<Row> latestSent(ContactId contact, Instant at, Duration window) {
        return rows.values().stream()
                .filter(r -> contact.equals(r.contact) && r.sentAt != null && !r.sentAt.isBefore(at.minus(window))
                        && !r.sentAt.isAfter(at.plus(Duration.ofMinutes(5))))
                .max(Comparator.comparing((Row r) -> r.sentAt).thenComparing(r -> r.id));
    }

    private static boolean queueable(Row r, Instant now, Duration requeueAfter) {
        return r.status == RecipientStatus.PENDING
                && (r.enqueuedAt == null || !r.enqueuedAt.isAfter(now.minus(requeueAfter)));
    }
}
