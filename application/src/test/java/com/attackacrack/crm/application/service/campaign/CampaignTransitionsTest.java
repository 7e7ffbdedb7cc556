package com.attackacrack.crm.application.service.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.domain.campaign.Campaign;
import com.attackacrack.crm.domain.campaign.CampaignId;
import com.attackacrack.crm.domain.campaign.CampaignStatus;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;

/** Pause, resume and cancel: the moves each allows and the refusals naming the status. */
class CampaignTransitionsTest {

    private final CampaignFixture fixture = new CampaignFixture();
    private final PauseCampaignService pause = new PauseCampaignService(fixture.campaigns, fixture.clock);
    private final ResumeCampaignService resume = new ResumeCampaignService(fixture.campaigns, fixture.clock);
    private final CancelCampaignService cancel = new CancelCampaignService(fixture.campaigns, fixture.clock);

    @Test
    void aRunningCampaignPausesAndResumesKeepingItsStartTime() {
        Campaign running = fixture.givenCampaignIn(CampaignStatus.RUNNING);
        fixture.clock.advance(java.time.Duration.ofHours(1));

        assertThat(pause.pause(running.id()).status()).isEqualTo(CampaignStatus.PAUSED);
        Campaign resumed = resume.resume(running.id());

        assertThat(resumed.status()).isEqualTo(CampaignStatus.RUNNING);
        assertThat(resumed.startedAt()).isEqualTo(running.startedAt());
    }

    @Test
    void aCompletedCampaignCannotBePaused() {
        Campaign completed = fixture.givenCampaignIn(CampaignStatus.COMPLETED);

        assertThatThrownBy(() -> pause.pause(completed.id()))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.kind()).isEqualTo(BusinessRuleException.Kind.CONFLICT);
                    assertThat(e.getMessage()).isEqualTo("Campaign 'Spring promo' is completed; it cannot be paused");
                });
    }

    @Test
    void pausingTwiceSaysItIsAlreadyPaused() {
        Campaign paused = fixture.givenCampaignIn(CampaignStatus.PAUSED);

        assertThatThrownBy(() -> pause.pause(paused.id())).hasMessage("Campaign 'Spring promo' is already paused");
    }

    @Test
    void onlyAPausedCampaignResumes() {
        Campaign draft = fixture.givenCampaignIn(CampaignStatus.DRAFT);
        Campaign scheduled = fixture.givenCampaignIn(CampaignStatus.SCHEDULED);

        assertThatThrownBy(() -> resume.resume(draft.id())).hasMessage("Campaign 'Spring promo' is draft; it cannot be resumed");
        assertThatThrownBy(() -> resume.resume(scheduled.id()))
                .hasMessage("Campaign 'Spring promo' is scheduled; it cannot be resumed");
    }

    @Test
    void everyUnfinishedCampaignCancelsAndIsFinishedThen() {
        for (CampaignStatus status : new CampaignStatus[] {CampaignStatus.DRAFT, CampaignStatus.SCHEDULED,
                CampaignStatus.RUNNING, CampaignStatus.PAUSED}) {
            Campaign campaign = fixture.givenCampaignIn(status);

            Campaign cancelled = cancel.cancel(campaign.id());

            assertThat(cancelled.status()).isEqualTo(CampaignStatus.CANCELLED);
            assertThat(cancelled.finishedAt()).isEqualTo(fixture.clock.instant());
        }
    }

    @Test
    void aFinishedCampaignCannotBeCancelled() {
        Campaign completed = fixture.givenCampaignIn(CampaignStatus.COMPLETED);
        Campaign cancelled = fixture.givenCampaignIn(CampaignStatus.CANCELLED);

        assertThatThrownBy(() -> cancel.cancel(completed.id()))
                .hasMessage("Campaign 'Spring promo' is completed; it cannot be cancelled");
        assertThatThrownBy(() -> cancel.cancel(cancelled.id())).hasMessage("Campaign 'Spring promo' is already cancelled");
    }

    @Test
    void anUnknownCampaignIsNotFound() {
        assertThatThrownBy(() -> pause.pause(new CampaignId(404)))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.kind()).isEqualTo(BusinessRuleException.Kind.NOT_FOUND));
    }
}
