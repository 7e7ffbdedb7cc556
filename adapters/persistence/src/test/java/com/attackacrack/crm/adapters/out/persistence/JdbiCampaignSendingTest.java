package com.attackacrack.crm.adapters.out.persistence;

import static com.attackacrack.crm.adapters.out.persistence.CampaignTables.T0;
import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.adapters.out.persistence.testing.TestDatabase;
import com.attackacrack.crm.application.port.out.NewRecipient;
import com.attackacrack.crm.application.port.out.PendingRecipient;
import com.attackacrack.crm.application.port.out.SendClaim;
import com.attackacrack.crm.application.port.out.UnknownSend;
import com.attackacrack.crm.domain.campaign.Audience;
import com.attackacrack.crm.domain.campaign.CampaignId;
import com.attackacrack.crm.domain.campaign.CampaignStatus;
import com.attackacrack.crm.domain.campaign.ExclusionReason;
import com.attackacrack.crm.domain.campaign.ExclusionReason.Kind;
import com.attackacrack.crm.domain.campaign.Variant;
import com.attackacrack.crm.domain.contact.ContactId;
import com.attackacrack.crm.domain.conversation.MessageDirection;
import com.attackacrack.crm.domain.conversation.MessageStatus;
import com.attackacrack.crm.domain.conversation.ProviderMessage;
import com.attackacrack.crm.domain.shared.PhoneNumber;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.LongStream;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbiCampaignSendingTest {

    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final Duration REQUEUE = Duration.ofMinutes(10);

    private final Jdbi jdbi = TestDatabase.shared().jdbi();
    private final JdbiCampaignSending sending = new JdbiCampaignSending(jdbi);
    private final JdbiCampaignRecipients recipients = new JdbiCampaignRecipients(jdbi);
    private final JdbiCampaignRepository campaigns = new JdbiCampaignRepository(jdbi);

    @BeforeEach
    void givenEmptyTables() {
        CampaignTables.empty(jdbi);
    }

    @Test
    void queueableRecipientsArePendingInIdOrderAndNotRecentlyQueued() {
        CampaignId campaign = givenRunning(4);
        List<Long> ids = ids(campaign);
        sending.markQueued(List.of(ids.get(0)), T0, REQUEUE);
        sending.claim(ids.get(1), "w1", T0, LEASE);

        List<PendingRecipient> now = sending.queueable(campaign, 0, 10, T0.plusSeconds(60), REQUEUE);
        List<PendingRecipient> later = sending.queueable(campaign, 0, 10, T0.plus(REQUEUE), REQUEUE);
        List<PendingRecipient> afterThird = sending.queueable(campaign, ids.get(2), 10, T0, REQUEUE);

        assertThat(now).extracting(PendingRecipient::id).containsExactly(ids.get(2), ids.get(3));
        assertThat(now.get(0).phone()).isEqualTo(phone(3));
        assertThat(later).extracting(PendingRecipient::id).containsExactly(ids.get(0), ids.get(2), ids.get(3));
        assertThat(afterThird).extracting(PendingRecipient::id).containsExactly(ids.get(3));
    }

    @Test
    void twoSchedulersQueueingTheSameRowsStampEachOnce() throws Exception {
        CampaignId campaign = givenRunning(200);
        List<Long> ids = ids(campaign);

        List<TwoAtOnce.Outcome<List<Long>>> outcomes = TwoAtOnce.run(() -> sending.markQueued(ids, T0, REQUEUE));

        List<Long> all = new ArrayList<>();
        outcomes.forEach(o -> {
            assertThat(o.failure()).isNull();
            all.addAll(o.result());
        });
        assertThat(all).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(sending.markQueued(ids, T0.plusSeconds(1), REQUEUE)).isEmpty();
    }

    @Test
    void theDailyCountIsRecipientsQueuedInTheDayAndNotExcluded() {
        CampaignId campaign = givenRunning(4);
        List<Long> ids = ids(campaign);
        sending.markQueued(ids.subList(0, 3), T0, REQUEUE);
        sending.markQueued(List.of(ids.get(3)), T0.plus(Duration.ofDays(1)), REQUEUE);
        sending.exclude(ids.get(2), ExclusionReason.of(Kind.SUPPRESSED));

        assertThat(sending.queuedBetween(campaign, T0.minusSeconds(1), T0.plusSeconds(1))).isEqualTo(2);
        assertThat(sending.queuedBetween(campaign, T0.plusSeconds(1), T0.plus(Duration.ofDays(2)))).isEqualTo(1);
    }

    @Test
    void aClaimTakesAPendingRecipientOfARunningCampaignOnce() {
        CampaignId campaign = givenRunning(1);
        long id = ids(campaign).get(0);

        Optional<SendClaim> first = sending.claim(id, "w1", T0, LEASE);
        Optional<SendClaim> second = sending.claim(id, "w2", T0, LEASE);

        assertThat(first).contains(new SendClaim(id, campaign, new ContactId(1), phone(1), "Hi 1"));
        assertThat(second).isEmpty();
        assertThat(column(id, "status")).isEqualTo("sending");
        assertThat(column(id, "claimed_by")).isEqualTo("w1");
        assertThat(column(id, "attempts")).isEqualTo(1);
        assertThat(column(id, "lease_until")).isNotNull();
    }

    @Test
    void twoWorkersClaimingAtOnceGetOneClaim() throws Exception {
        CampaignId campaign = givenRunning(1);
        long id = ids(campaign).get(0);

        List<TwoAtOnce.Outcome<Optional<SendClaim>>> outcomes = TwoAtOnce.run(() -> sending.claim(id, "w", T0, LEASE));

        assertThat(outcomes).allMatch(o -> o.failure() == null);
        assertThat(outcomes.stream().filter(o -> o.result().isPresent()).count()).isEqualTo(1);
        assertThat(column(id, "attempts")).isEqualTo(1);
    }

    @Test
    void aPausedCampaignsRecipientsCannotBeClaimed() {
        CampaignId campaign = givenRunning(1);
        campaigns.transition(campaign, Set.of(CampaignStatus.RUNNING), CampaignStatus.PAUSED, T0);

        assertThat(sending.claim(ids(campaign).get(0), "w1", T0, LEASE)).isEmpty();
    }

    @Test
    void markSentRecordsTheProviderIdAndAttachesTheConversationMessageToTheCampaign() {
        CampaignId campaign = givenRunning(1);
        long id = ids(campaign).get(0);
        sending.claim(id, "w1", T0, LEASE);
        new JdbiConversationRepository(jdbi).recordMessage(new ContactId(1), outbound("PM1", MessageStatus.SENT), T0);

        boolean marked = sending.markSent(id, "PM1", T0);
        boolean again = sending.markSent(id, "PM1", T0);

        assertThat(marked).isTrue();
        assertThat(again).isFalse();
        assertThat(column(id, "status")).isEqualTo("sent");
        assertThat(column(id, "provider_message_id")).isEqualTo("PM1");
        assertThat(column(id, "lease_until")).isNull();
        Map<String, Object> message = jdbi.withHandle(h -> h.createQuery(
                "select id, campaign_id from messages where provider_id = 'PM1'").mapToMap().one());
        assertThat(message.get("campaign_id")).isEqualTo(campaign.value());
        assertThat(column(id, "message_id")).isEqualTo(message.get("id"));
    }

    @Test
    void markSentTakesADeliveryTheConversationAlreadyKnows() {
        CampaignId campaign = givenRunning(1);
        long id = ids(campaign).get(0);
        sending.claim(id, "w1", T0, LEASE);
        new JdbiConversationRepository(jdbi).recordMessage(new ContactId(1), outbound("PM1", MessageStatus.DELIVERED),
                T0);

        sending.markSent(id, "PM1", T0);

        assertThat(column(id, "status")).isEqualTo("delivered");
        assertThat(column(id, "delivered_at")).isNotNull();
    }

    @Test
    void outcomesMoveOnlyFromTheStatusesTheyAllow() {
        CampaignId campaign = givenRunning(3);
        List<Long> ids = ids(campaign);
        ids.forEach(id -> sending.claim(id, "w1", T0, LEASE));

        boolean failed = sending.markFailed(ids.get(0), "400", "invalid number", T0);
        boolean unknown = sending.markUnknown(ids.get(1), "timed out");
        boolean unknownAgain = sending.markUnknown(ids.get(1), "timed out");
        boolean excluded = sending.exclude(ids.get(2), ExclusionReason.of(Kind.SUPPRESSED));
        boolean excludeFailed = sending.exclude(ids.get(0), ExclusionReason.of(Kind.SUPPRESSED));

        assertThat(List.of(failed, unknown, unknownAgain, excluded, excludeFailed))
                .containsExactly(true, true, false, true, false);
        assertThat(column(ids.get(0), "status")).isEqualTo("failed");
        assertThat(column(ids.get(0), "failure_code")).isEqualTo("400");
        assertThat(column(ids.get(1), "status")).isEqualTo("unknown");
        assertThat(column(ids.get(2), "status")).isEqualTo("excluded");
        assertThat(column(ids.get(2), "exclusion_kind")).isEqualTo("suppressed");
        assertThat(sending.markSent(ids.get(1), "PM9", T0)).isTrue();
    }

    @Test
    void expiredLeasesBecomeUnknownToReconcileThenForReview() {
        CampaignId campaign = givenRunning(2);
        List<Long> ids = ids(campaign);
        sending.markQueued(ids, T0, REQUEUE);
        sending.claim(ids.get(0), "w1", T0, LEASE);
        sending.markRequestStarted(ids.get(0), T0);
        sending.claim(ids.get(1), "w1", T0.plus(LEASE), LEASE);

        int expired = sending.expireLeases(T0.plus(LEASE).plusSeconds(1));
        List<UnknownSend> unknown = sending.unreconciled(T0.plus(LEASE).plusSeconds(1), 10);
        boolean review = sending.markForReview(ids.get(0), "not found");

        assertThat(expired).isEqualTo(1);
        assertThat(unknown).singleElement().satisfies(u -> {
            assertThat(u.recipientId()).isEqualTo(ids.get(0));
            assertThat(u.phone()).isEqualTo(phone(1));
            assertThat(u.body()).isEqualTo("Hi 1");
            assertThat(u.queuedAt()).isEqualTo(T0);
            assertThat(u.leaseUntil()).isEqualTo(T0.plus(LEASE));
        });
        assertThat(review).isTrue();
        assertThat(sending.unreconciled(T0.plus(Duration.ofHours(1)), 10)).isEmpty();
        assertThat(column(ids.get(0), "status")).isEqualTo("unknown");
    }

    @Test
    void markRequestStartedStampsASendingClaimOnceAndCommitsOnItsOwn() {
        CampaignId campaign = givenRunning(2);
        List<Long> ids = ids(campaign);
        sending.claim(ids.get(0), "w1", T0, LEASE);

        boolean pending = sending.markRequestStarted(ids.get(1), T0);
        boolean afterLease = sending.markRequestStarted(ids.get(0), T0.plus(LEASE));
        try {
            jdbi.useTransaction(handle -> {
                sending.markRequestStarted(ids.get(0), T0.plusSeconds(1));
                throw new IllegalStateException("the caller's transaction rolls back");
            });
        } catch (IllegalStateException expected) {
            // the stamp was committed before
        }
        boolean retry = sending.markRequestStarted(ids.get(0), T0.plusSeconds(2));

        assertThat(List.of(pending, afterLease, retry)).containsExactly(false, false, true);
        assertThat(startedAt(ids.get(0))).isEqualTo(T0.plusSeconds(1));
        assertThat(column(ids.get(1), "request_started_at")).isNull();
        sending.releaseUnstarted(T0.plus(LEASE).plusSeconds(1));
        sending.expireLeases(T0.plus(LEASE).plusSeconds(1));
        assertThat(column(ids.get(0), "status")).isEqualTo("unknown");
    }

    @Test
    void aNewClaimClearsTheRequestStartedOfTheLastOne() {
        CampaignId campaign = givenRunning(1);
        long id = ids(campaign).get(0);
        jdbi.useHandle(h -> h.createUpdate("update campaign_recipients set request_started_at = :t where id = :id")
                .bind("t", T0).bind("id", id).execute());

        sending.claim(id, "w1", T0, LEASE);

        assertThat(column(id, "request_started_at")).isNull();
    }

    @Test
    void expiredClaimsWithoutARequestGoBackToPendingAndTheOthersAreReconciledAsBefore() {
        CampaignId campaign = givenRunning(5);
        List<Long> ids = ids(campaign);
        sending.markQueued(ids, T0, REQUEUE);
        ids.forEach(id -> sending.claim(id, "w1", T0, LEASE));
        sending.markRequestStarted(ids.get(1), T0);
        sending.markUnknown(ids.get(2), "rate limit wait exceeded");
        sending.markRequestStarted(ids.get(3), T0);
        sending.markUnknown(ids.get(3), "timed out");
        long stillLeased = ids.get(4);
        jdbi.useHandle(h -> h.createUpdate("update campaign_recipients set lease_until = :t where id = :id")
                .bind("t", T0.plus(Duration.ofHours(1))).bind("id", stillLeased).execute());
        long remainingBefore = sending.remaining(campaign);

        int releasedEarly = sending.releaseUnstarted(T0.plus(LEASE).minusSeconds(1));
        int released = sending.releaseUnstarted(T0.plus(LEASE).plusSeconds(1));
        int expired = sending.expireLeases(T0.plus(LEASE).plusSeconds(1));
        List<UnknownSend> unknown = sending.unreconciled(T0.plus(LEASE).plusSeconds(1), 10);

        assertThat(remainingBefore).as("the unknown send that never started is still to send").isEqualTo(4);
        assertThat(releasedEarly).isZero();
        assertThat(released).isEqualTo(2);
        assertThat(expired).isEqualTo(1);
        for (long id : List.of(ids.get(0), ids.get(2))) {
            assertThat(column(id, "status")).isEqualTo("pending");
            assertThat(column(id, "lease_until")).isNull();
            assertThat(column(id, "claimed_by")).isNull();
            assertThat(column(id, "enqueued_at")).isNull();
            assertThat(column(id, "failure_reason")).isNull();
            assertThat(column(id, "attempts")).isEqualTo(1);
        }
        assertThat(unknown).extracting(UnknownSend::recipientId).containsExactly(ids.get(1), ids.get(3));
        assertThat(column(stillLeased, "status")).isEqualTo("sending");
        assertThat(column(stillLeased, "claimed_by")).isEqualTo("w1");
        assertThat(sending.queueable(campaign, 0, 10, T0.plus(LEASE).plusSeconds(1), REQUEUE))
                .extracting(PendingRecipient::id).containsExactly(ids.get(0), ids.get(2));
        assertThat(sending.claim(ids.get(0), "w2", T0.plus(LEASE).plusSeconds(2), LEASE)).isPresent();
        assertThat(column(ids.get(0), "attempts")).isEqualTo(2);
    }

    @Test
    void remainingCountsPendingAndSending() {
        CampaignId campaign = givenRunning(3);
        List<Long> ids = ids(campaign);
        sending.claim(ids.get(0), "w1", T0, LEASE);
        sending.claim(ids.get(1), "w1", T0, LEASE);
        sending.markFailed(ids.get(1), null, "refused", T0);

        assertThat(sending.remaining(campaign)).isEqualTo(2);
    }

    private CampaignId givenRunning(int contacts) {
        Audience audience = new Audience.ListAudience(CampaignTables.listOf(jdbi, contacts));
        CampaignId campaign = campaigns.create(CampaignTables.draft(audience, "Hi", null), null, T0).id();
        campaigns.transition(campaign, Set.of(CampaignStatus.DRAFT), CampaignStatus.RUNNING, T0);
        recipients.insertSnapshot(campaign, LongStream.rangeClosed(1, contacts)
                .mapToObj(i -> NewRecipient.eligible(new ContactId(i), phone(i), Variant.A, "Hi " + i)).toList(), T0);
        return campaign;
    }

    private List<Long> ids(CampaignId campaign) {
        return jdbi.withHandle(h -> h.createQuery("select id from campaign_recipients where campaign_id = :c order by id")
                .bind("c", campaign.value()).mapTo(Long.class).list());
    }

    private Object column(long id, String column) {
        return jdbi.withHandle(h -> h.createQuery("select " + column + " from campaign_recipients where id = :id")
                .bind("id", id).mapToMap().one().get(column));
    }

    private Instant startedAt(long id) {
        return jdbi.withHandle(h -> h.createQuery("select request_started_at from campaign_recipients where id = :id")
                .bind("id", id).mapTo(Instant.class).one());
    }

    static ProviderMessage outbound(String providerId, MessageStatus status) {
        return new ProviderMessage(providerId, MessageDirection.OUTBOUND, null, List.of(phone(1).e164()), "Hi 1",
                List.of(), status, null, null, T0);
    }

    static PhoneNumber phone(long id) {
        return new PhoneNumber("+1617" + String.format("%07d", id));
    }
}
