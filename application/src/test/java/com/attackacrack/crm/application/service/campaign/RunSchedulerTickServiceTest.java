package com.attackacrack.crm.application.service.campaign;

import static com.attackacrack.crm.application.service.campaign.SendingFixture.MONDAY_10_NY;
import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.application.port.in.campaign.RunSchedulerTickUseCase.TickReport;
import com.attackacrack.crm.application.port.out.CampaignDraft;
import com.attackacrack.crm.application.port.out.SmsSendResult;
import com.attackacrack.crm.domain.campaign.Audience;
import com.attackacrack.crm.domain.campaign.Campaign;
import com.attackacrack.crm.domain.campaign.CampaignListId;
import com.attackacrack.crm.domain.campaign.CampaignStatus;
import com.attackacrack.crm.domain.campaign.MessageTemplate;
import com.attackacrack.crm.domain.campaign.RecipientStatus;
import com.attackacrack.crm.domain.campaign.SendingWindow;
import com.attackacrack.crm.domain.conversation.MessageDirection;
import com.attackacrack.crm.domain.conversation.MessageStatus;
import com.attackacrack.crm.domain.conversation.ProviderMessage;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RunSchedulerTickServiceTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

    private SendingFixture f = new SendingFixture(MONDAY_10_NY);

    @Test
    void aClosedWindowQueuesNothing() {
        f = new SendingFixture(Instant.parse("2026-03-07T15:00:00Z")); // Saturday 10:00 in New York
        Campaign campaign = f.running(125);
        f.pending(campaign);

        TickReport report = f.tick().tick();

        assertThat(report.sendsQueued()).isZero();
        assertThat(f.jobs.enqueued()).isEmpty();
    }

    @Test
    void anOpenWindowQueuesOneSendJobPerPendingRecipient() {
        Campaign campaign = f.running(125);
        long first = f.pending(campaign);
        long second = f.pending(campaign);

        TickReport report = f.tick().tick();

        assertThat(report.sendsQueued()).isEqualTo(2);
        assertThat(f.jobs.enqueued()).extracting(e -> e.request().payload().get("recipient"))
                .containsExactly(Long.toString(first), Long.toString(second));
        assertThat(f.jobs.enqueued()).allMatch(e -> e.request().type().equals("campaign.send"));
    }

    @Test
    void queuedRecipientsAreNotQueuedAgainUntilTheirJobLooksLost() {
        Campaign campaign = f.running(125);
        f.pending(campaign);
        RunSchedulerTickService tick = f.tick();
        tick.tick();

        int again = tick.tick().sendsQueued();
        f.advance(RunSchedulerTickService.DEFAULT_REQUEUE_AFTER);
        int afterLost = tick.tick().sendsQueued();

        assertThat(again).isZero();
        assertThat(afterLost).isEqualTo(1);
        assertThat(f.jobs.enqueued()).hasSize(2);
    }

    @Test
    void oneTickQueuesAtMostThePerTickCap() {
        Campaign campaign = f.running(1_000);
        for (int i = 0; i < 60; i++) {
            f.pending(campaign);
        }

        assertThat(f.tick().tick().sendsQueued()).isEqualTo(RunSchedulerTickService.DEFAULT_PER_TICK);
    }

    @Test
    void theDailyLimitCountsTheDayInTheWindowsZone() {
        SendingWindow evenings = new SendingWindow(EnumSet.allOf(DayOfWeek.class), LocalTime.of(6, 0),
                LocalTime.of(23, 0), NEW_YORK);
        f = new SendingFixture(Instant.parse("2026-03-02T23:00:00Z")); // Monday 18:00 in New York
        Campaign campaign = f.running(2, evenings);
        for (int i = 0; i < 5; i++) {
            f.pending(campaign);
        }
        RunSchedulerTickService tick = f.tick();

        int monday = tick.tick().sendsQueued();
        f.runQueued(0);
        f.advance(Duration.ofMinutes(150)); // Monday 20:30 in New York, already Tuesday in UTC
        int mondayLater = tick.tick().sendsQueued();
        f.advance(Duration.ofHours(13)); // Tuesday 09:30 in New York
        int tuesday = tick.tick().sendsQueued();

        assertThat(monday).isEqualTo(2);
        assertThat(mondayLater).isZero();
        assertThat(tuesday).isEqualTo(2);
    }

    @Test
    void quietHoursAreKeptInEachRecipientsZoneAndTheWindowsZoneWhenUnknown() {
        f = new SendingFixture(Instant.parse("2026-03-02T15:30:00Z")); // 10:30 New York, 07:30 Los Angeles
        Campaign campaign = f.running(125);
        long west = f.pending(campaign);
        long unknown = f.pending(campaign);
        f.zones.put(f.sending.row(west).phone, LOS_ANGELES);
        RunSchedulerTickService tick = f.tick();

        tick.tick();
        List<String> early = queuedRecipients();
        f.advance(Duration.ofMinutes(30)); // 08:00 in Los Angeles
        tick.tick();

        assertThat(early).containsExactly(Long.toString(unknown));
        assertThat(queuedRecipients()).contains(Long.toString(west));
    }

    @Test
    void aNumberInSeveralZonesWaitsForTheLatestMorning() {
        f = new SendingFixture(Instant.parse("2026-03-02T15:30:00Z"));
        Campaign campaign = f.running(125);
        long both = f.pending(campaign);
        f.zones.put(f.sending.row(both).phone, NEW_YORK, LOS_ANGELES);

        assertThat(f.tick().tick().sendsQueued()).isZero();
    }

    @Test
    void quietHoursFollowTheRecipientsDaylightSavingChange() {
        SendingWindow everyDay = new SendingWindow(EnumSet.allOf(DayOfWeek.class), LocalTime.of(6, 0),
                LocalTime.of(22, 0), NEW_YORK);
        // Saturday 7 March 2026 15:30 UTC is 07:30 PST in Los Angeles; on Sunday 8 March clocks spring forward, so
        // the same UTC time is 08:30 PDT.
        f = new SendingFixture(Instant.parse("2026-03-07T15:30:00Z"));
        Campaign campaign = f.running(125, everyDay);
        long west = f.pending(campaign);
        f.zones.put(f.sending.row(west).phone, LOS_ANGELES);
        RunSchedulerTickService tick = f.tick();

        int saturday = tick.tick().sendsQueued();
        f.advance(Duration.ofDays(1));
        int sunday = tick.tick().sendsQueued();

        assertThat(saturday).isZero();
        assertThat(sunday).isEqualTo(1);
    }

    @Test
    void aCampaignWithNothingPendingOrSendingCompletes() {
        Campaign done = f.running(125);
        long recipient = f.pending(done);
        Campaign busy = f.running(125);
        f.pending(busy);
        f.handler("w1").handle(f.job(recipient));

        TickReport report = f.tick().tick();

        assertThat(report.campaignsCompleted()).isEqualTo(1);
        assertThat(f.campaigns.find(done.id()).orElseThrow().status()).isEqualTo(CampaignStatus.COMPLETED);
        assertThat(f.campaigns.find(busy.id()).orElseThrow().status()).isEqualTo(CampaignStatus.RUNNING);
    }

    @Test
    void scheduledCampaignsStartWhenTheirTimeComes() {
        Campaign due = scheduled(MONDAY_10_NY.minusSeconds(1));
        Campaign later = scheduled(MONDAY_10_NY.plusSeconds(60));
        f.pending(due);

        TickReport report = f.tick().tick();

        assertThat(report.campaignsStarted()).isEqualTo(1);
        assertThat(f.campaigns.find(due.id()).orElseThrow().status()).isEqualTo(CampaignStatus.RUNNING);
        assertThat(f.campaigns.find(later.id()).orElseThrow().status()).isEqualTo(CampaignStatus.SCHEDULED);
    }

    @Test
    void anExpiredLeaseBecomesUnknownAndIsFoundAtTheProvider() {
        Campaign campaign = f.running(125);
        long recipient = f.pending(campaign);
        RunSchedulerTickService tick = f.tick();
        tick.tick();
        f.sending.claim(recipient, "dead-worker", f.clock.instant(), Duration.ofMinutes(5));
        f.sending.markRequestStarted(recipient, f.clock.instant());
        var row = f.sending.row(recipient);
        f.history.message(row.phone, new ProviderMessage("PM9", MessageDirection.OUTBOUND, null,
                List.of(row.phone.e164()), row.body, List.of(), MessageStatus.DELIVERED, null, null,
                f.clock.instant().plusSeconds(1)));
        f.advance(Duration.ofMinutes(6));

        TickReport report = tick.tick();

        assertThat(report.leasesExpired()).isEqualTo(1);
        assertThat(row.status).isEqualTo(RecipientStatus.SENT);
        assertThat(row.providerMessageId).isEqualTo("PM9");
        assertThat(f.conversations.messages()).singleElement()
                .satisfies(m -> assertThat(m.providerId()).isEqualTo("PM9"));
        assertThat(f.gateway.sent()).isEmpty();
    }

    @Test
    void anUnknownSendNotFoundAtTheProviderIsLeftForReviewAndNeverResent() {
        Campaign campaign = f.running(125);
        long recipient = f.pending(campaign);
        RunSchedulerTickService tick = f.tick();
        tick.tick();
        f.gateway.willAnswer(SmsSendResult.failed("timed out"));
        f.runQueued(0);
        var row = f.sending.row(recipient);
        assertThat(row.status).isEqualTo(RecipientStatus.UNKNOWN);

        f.advance(Duration.ofMinutes(6));
        tick.tick();
        String stillChecking = row.failureCode;
        f.advance(Duration.ofMinutes(10));
        tick.tick();

        assertThat(stillChecking).isNull();
        assertThat(row.status).isEqualTo(RecipientStatus.UNKNOWN);
        assertThat(row.failureCode).isEqualTo("review");
        assertThat(f.history.questions()).hasSize(2);
        assertThat(f.gateway.sent()).hasSize(1);
        assertThat(f.jobs.enqueued()).hasSize(1);
    }

    @Test
    void withoutAProviderHistoryUnknownSendsGoStraightToReview() {
        Campaign campaign = f.running(125);
        long recipient = f.pending(campaign);
        f.sending.claim(recipient, "dead-worker", f.clock.instant(), Duration.ofMinutes(5));
        f.sending.markRequestStarted(recipient, f.clock.instant());
        f.advance(Duration.ofMinutes(6));

        f.tick(Optional.empty()).tick();

        assertThat(f.sending.row(recipient).status).isEqualTo(RecipientStatus.UNKNOWN);
        assertThat(f.sending.row(recipient).failureCode).isEqualTo("review");
    }

    @Test
    void aWorkerThatDiedBeforeItsRequestLeavesARecipientThatIsQueuedAgainAndSentOnce() {
        Campaign campaign = f.running(125);
        long recipient = f.pending(campaign);
        RunSchedulerTickService tick = f.tick();
        tick.tick();
        f.sending.claim(recipient, "dead-worker", f.clock.instant(), Duration.ofMinutes(5));
        var row = f.sending.row(recipient);

        f.advance(Duration.ofMinutes(4));
        TickReport whileLeased = tick.tick();
        RecipientStatus stillLeased = row.status;
        f.advance(Duration.ofMinutes(2));
        TickReport afterLease = tick.tick();
        RecipientStatus released = row.status;
        f.runQueued(1);
        tick.tick();

        assertThat(whileLeased.sendsQueued()).isZero();
        assertThat(stillLeased).isEqualTo(RecipientStatus.SENDING);
        assertThat(afterLease.leasesExpired()).isZero();
        assertThat(afterLease.sendsQueued()).isEqualTo(1);
        assertThat(released).isEqualTo(RecipientStatus.PENDING);
        assertThat(row.status).isEqualTo(RecipientStatus.SENT);
        assertThat(row.attempts).isEqualTo(2);
        assertThat(row.claimedBy).isEqualTo("w1");
        assertThat(f.history.questions()).isEmpty();
        assertThat(f.gateway.sent()).hasSize(1);
        assertThat(f.jobs.enqueued()).hasSize(2);
    }

    @Test
    void anUnknownSendWhoseRequestNeverStartedIsQueuedAgainWithoutAskingTheProvider() {
        Campaign campaign = f.running(125);
        long recipient = f.pending(campaign);
        RunSchedulerTickService tick = f.tick();
        tick.tick();
        f.sending.claim(recipient, "w0", f.clock.instant(), Duration.ofMinutes(5));
        f.sending.markUnknown(recipient, "rate limit wait exceeded");
        var row = f.sending.row(recipient);

        tick.tick();
        RecipientStatus whileLeased = row.status;
        CampaignStatus campaignWhileLeased = f.campaigns.find(campaign.id()).orElseThrow().status();
        f.advance(Duration.ofMinutes(6));
        tick.tick();
        f.runQueued(1);
        tick.tick();

        assertThat(whileLeased).isEqualTo(RecipientStatus.UNKNOWN);
        assertThat(campaignWhileLeased).isEqualTo(CampaignStatus.RUNNING);
        assertThat(row.status).isEqualTo(RecipientStatus.SENT);
        assertThat(f.campaigns.find(campaign.id()).orElseThrow().status()).isEqualTo(CampaignStatus.COMPLETED);
        assertThat(f.history.questions()).isEmpty();
        assertThat(f.gateway.sent()).hasSize(1);
    }

    @Test
    void aWorkerThatDiedAfterItsRequestStartedIsReconciledAndLeftForReviewAsBefore() {
        Campaign campaign = f.running(125);
        long recipient = f.pending(campaign);
        RunSchedulerTickService tick = f.tick();
        tick.tick();
        f.sending.claim(recipient, "dead-worker", f.clock.instant(), Duration.ofMinutes(5));
        f.sending.markRequestStarted(recipient, f.clock.instant());
        var row = f.sending.row(recipient);

        f.advance(Duration.ofMinutes(6));
        TickReport expired = tick.tick();
        f.advance(Duration.ofMinutes(10));
        tick.tick();

        assertThat(expired.leasesExpired()).isEqualTo(1);
        assertThat(row.status).isEqualTo(RecipientStatus.UNKNOWN);
        assertThat(row.failureCode).isEqualTo("review");
        assertThat(f.history.questions()).hasSize(2);
        assertThat(f.gateway.sent()).isEmpty();
        assertThat(f.jobs.enqueued()).hasSize(1);
    }

    private Campaign scheduled(Instant at) {
        Campaign c = f.campaigns.create(new CampaignDraft("Later", new Audience.ListAudience(new CampaignListId(1)),
                MessageTemplate.parse("Hi"), null, 125, SendingWindow.standard(NEW_YORK), false, null), null, MONDAY_10_NY);
        f.campaigns.scheduleAt(c.id(), at, MONDAY_10_NY);
        f.campaigns.transition(c.id(), Set.of(CampaignStatus.DRAFT), CampaignStatus.SCHEDULED, MONDAY_10_NY);
        return c;
    }

    private List<String> queuedRecipients() {
        return f.jobs.enqueued().stream().map(e -> e.request().payload().get("recipient")).toList();
    }
}
