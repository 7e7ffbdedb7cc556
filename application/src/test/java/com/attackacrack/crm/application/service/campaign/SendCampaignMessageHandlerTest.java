package com.attackacrack.crm.application.service.campaign;

import static com.attackacrack.crm.application.service.campaign.SendingFixture.MONDAY_10_NY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.application.fakes.InMemoryCampaignSending.Row;
import com.attackacrack.crm.application.port.out.Job;
import com.attackacrack.crm.application.port.out.OutboundSms;
import com.attackacrack.crm.application.port.out.PermanentJobFailure;
import com.attackacrack.crm.application.port.out.SmsSendResult;
import com.attackacrack.crm.domain.campaign.Campaign;
import com.attackacrack.crm.domain.campaign.CampaignStatus;
import com.attackacrack.crm.domain.campaign.ExclusionReason;
import com.attackacrack.crm.domain.campaign.RecipientStatus;
import com.attackacrack.crm.domain.contact.OptOut;
import com.attackacrack.crm.domain.conversation.MessageDirection;
import com.attackacrack.crm.domain.conversation.MessageStatus;
import com.attackacrack.crm.domain.conversation.OptOutChange;
import com.attackacrack.crm.domain.conversation.OptOutKeyword;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SendCampaignMessageHandlerTest {

    private final SendingFixture f = new SendingFixture(MONDAY_10_NY);
    private final Campaign campaign = f.running(125);
    private final long recipient = f.pending(campaign);
    private final Row row = f.sending.row(recipient);

    @Test
    void handlesCampaignSendJobs() {
        assertThat(f.handler("w1").jobType()).isEqualTo("campaign.send");
    }

    @Test
    void anAcceptedSendIsMarkedSentAndWrittenIntoTheContactsConversation() {
        f.gateway.willAnswer(SmsSendResult.accepted("PM7", "queued"));

        f.handler("w1").handle(f.job(recipient));

        assertThat(f.gateway.sent()).containsExactly(new OutboundSms(row.phone, row.body));
        assertThat(row.status).isEqualTo(RecipientStatus.SENT);
        assertThat(row.providerMessageId).isEqualTo("PM7");
        assertThat(row.claimedBy).isEqualTo("w1");
        assertThat(f.conversations.messages()).singleElement().satisfies(m -> {
            assertThat(m.contact()).isEqualTo(row.contact);
            assertThat(m.providerId()).isEqualTo("PM7");
            assertThat(m.direction()).isEqualTo(MessageDirection.OUTBOUND);
            assertThat(m.body()).isEqualTo(row.body);
            assertThat(m.status()).isEqualTo(MessageStatus.SENT);
        });
    }

    @Test
    void theRequestIsStampedStartedBeforeTheGatewaySends() {
        f.gateway.onSend(m -> {
            assertThat(row.status).isEqualTo(RecipientStatus.SENDING);
            assertThat(row.requestStartedAt).isEqualTo(MONDAY_10_NY);
        });

        f.handler("w1").handle(f.job(recipient));

        assertThat(f.gateway.requestsStarted()).isEqualTo(1);
        assertThat(f.gateway.sent()).hasSize(1);
        assertThat(row.status).isEqualTo(RecipientStatus.SENT);
    }

    @Test
    void aClaimLostWhileWaitingForTheRateSlotSendsNothing() {
        f.gateway.whileWaitingForSlot(() -> f.advance(SendCampaignMessageHandler.DEFAULT_LEASE.plusSeconds(1)));

        f.handler("w1").handle(f.job(recipient));

        assertThat(f.gateway.sent()).isEmpty();
        assertThat(row.requestStartedAt).isNull();
        assertThat(row.status).isEqualTo(RecipientStatus.SENDING);
        assertThat(f.sending.releaseUnstarted(f.clock.instant())).isEqualTo(1);
        assertThat(row.status).isEqualTo(RecipientStatus.PENDING);
    }

    @Test
    void theSameJobRunTwiceSendsOnce() {
        SendCampaignMessageHandler handler = f.handler("w1");

        handler.handle(f.job(recipient));
        handler.handle(f.job(recipient));

        assertThat(f.gateway.sent()).hasSize(1);
    }

    @Test
    void twoWorkersRacingOnTheSameJobSendOnce() throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> one = threads.submit(() -> race(start, "w1"));
            Future<?> two = threads.submit(() -> race(start, "w2"));
            one.get(10, TimeUnit.SECONDS);
            two.get(10, TimeUnit.SECONDS);
        } finally {
            threads.shutdownNow();
        }

        assertThat(f.gateway.sent()).hasSize(1);
        assertThat(row.attempts).isEqualTo(1);
        assertThat(row.status).isEqualTo(RecipientStatus.SENT);
    }

    @Test
    void aPausedCampaignSendsNothingUntilResumed() {
        f.campaigns.transition(campaign.id(), Set.of(CampaignStatus.RUNNING), CampaignStatus.PAUSED, MONDAY_10_NY);

        f.handler("w1").handle(f.job(recipient));
        RecipientStatus whilePaused = row.status;
        f.campaigns.transition(campaign.id(), Set.of(CampaignStatus.PAUSED), CampaignStatus.RUNNING, MONDAY_10_NY);
        f.handler("w1").handle(f.job(recipient));

        assertThat(whilePaused).isEqualTo(RecipientStatus.PENDING);
        assertThat(row.status).isEqualTo(RecipientStatus.SENT);
        assertThat(f.gateway.sent()).hasSize(1);
    }

    @Test
    void aNumberSuppressedAfterLaunchIsExcludedAndNotTexted() {
        f.suppressions.apply(new OptOutChange(row.phone, OptOutKeyword.OPT_OUT, "STOP", "AC1", "STOP", MONDAY_10_NY),
                row.contact);

        f.handler("w1").handle(f.job(recipient));

        assertThat(f.gateway.sent()).isEmpty();
        assertThat(row.status).isEqualTo(RecipientStatus.EXCLUDED);
        assertThat(row.exclusion).isEqualTo(ExclusionReason.of(ExclusionReason.Kind.SUPPRESSED));
    }

    @Test
    void aContactOptedOutByHandAfterLaunchIsExcludedAndNotTexted() {
        f.contacts.optOut(row.contact, new OptOut("Asked on the phone", MONDAY_10_NY));

        f.handler("w1").handle(f.job(recipient));

        assertThat(f.gateway.sent()).isEmpty();
        assertThat(row.exclusion).isEqualTo(ExclusionReason.of(ExclusionReason.Kind.DO_NOT_CONTACT));
    }

    @Test
    void aFailedSendBecomesUnknownAndIsNeverResent() {
        f.gateway.willAnswer(SmsSendResult.failed("timed out"));
        SendCampaignMessageHandler handler = f.handler("w1");

        handler.handle(f.job(recipient));
        handler.handle(f.job(recipient));

        assertThat(f.gateway.sent()).hasSize(1);
        assertThat(row.status).isEqualTo(RecipientStatus.UNKNOWN);
        assertThat(row.failureReason).contains("timed out");
        assertThat(f.conversations.messages()).isEmpty();
    }

    @Test
    void aRejectedSendIsMarkedFailedWithTheProvidersCode() {
        f.gateway.willAnswer(SmsSendResult.rejected("400", "invalid number"));

        f.handler("w1").handle(f.job(recipient));

        assertThat(row.status).isEqualTo(RecipientStatus.FAILED);
        assertThat(row.failureCode).isEqualTo("400");
        assertThat(row.failureReason).isEqualTo("invalid number");
    }

    @Test
    void aJobWithoutARecipientFailsForGood() {
        Job bad = new Job("job-x", "campaign.send", Map.of("recipient", "abc"), 1, MONDAY_10_NY);

        assertThatThrownBy(() -> f.handler("w1").handle(bad)).isInstanceOf(PermanentJobFailure.class);
    }

    private Void race(CyclicBarrier start, String worker) throws Exception {
        start.await(10, TimeUnit.SECONDS);
        f.handler(worker).handle(f.job(recipient));
        return null;
    }
}
