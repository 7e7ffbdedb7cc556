package com.attackacrack.crm.application.service.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.domain.campaign.Campaign;
import com.attackacrack.crm.domain.campaign.CampaignStatus;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;

class UpdateCampaignServiceTest {

    private final CampaignFixture fixture = new CampaignFixture();
    private final UpdateCampaignService service = new UpdateCampaignService(fixture.campaigns, fixture.lists,
            fixture.filters, fixture.businessZone, fixture.clock);

    @Test
    void aDraftTakesTheEdits() {
        Campaign draft = fixture.givenCampaign("Hi", null);

        Campaign updated = service.update(draft.id(), fixture.form("Hello {first_name|there}", "Hey"));

        assertThat(updated.messageA().text()).isEqualTo("Hello {first_name|there}");
        assertThat(updated.hasVariantB()).isTrue();
    }

    @Test
    void aLaunchedCampaignIsRefusedNamingItsStatus() {
        Campaign running = fixture.givenCampaignIn(CampaignStatus.RUNNING);

        assertThatThrownBy(() -> service.update(running.id(), fixture.form("Hello", null)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.kind()).isEqualTo(BusinessRuleException.Kind.CONFLICT);
                    assertThat(e.getMessage()).isEqualTo("Campaign 'Spring promo' is running; only a draft can be edited");
                });
    }
}
