package com.attackacrack.crm.application.service.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.application.port.in.campaign.CampaignForm;
import com.attackacrack.crm.domain.campaign.Audience;
import com.attackacrack.crm.domain.campaign.Campaign;
import com.attackacrack.crm.domain.campaign.CampaignStatus;
import com.attackacrack.crm.domain.campaign.SavedFilterId;
import com.attackacrack.crm.domain.campaign.SendingWindow;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import com.attackacrack.crm.domain.shared.InvalidFieldsException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CreateCampaignServiceTest {

    private final CampaignFixture fixture = new CampaignFixture();

    @Test
    void aMinimalFormMakesADraftWithTheDefaults() {
        Campaign campaign = fixture.givenCampaign("Hi {first_name|there}", null);

        assertThat(campaign.status()).isEqualTo(CampaignStatus.DRAFT);
        assertThat(campaign.audience()).isEqualTo(fixture.audience());
        assertThat(campaign.dailyLimit()).isEqualTo(Campaign.DEFAULT_DAILY_LIMIT);
        assertThat(campaign.window()).isEqualTo(SendingWindow.standard(CampaignFixture.NEW_YORK));
        assertThat(campaign.hasVariantB()).isFalse();
        assertThat(campaign.messageA().text()).isEqualTo("Hi {first_name|there}");
    }

    @Test
    void aBlankZoneAndTheFormsDefaultWindowAreInTheBusinessZone() {
        ZoneId losAngeles = ZoneId.of("America/Los_Angeles");
        fixture.businessZone = losAngeles;
        CreateCampaignService service = fixture.create();

        Campaign campaign = service.create(fixture.form("Hi", null), null);

        assertThat(campaign.window()).isEqualTo(SendingWindow.standard(losAngeles));
        assertThat(service.defaultWindow()).isEqualTo(new SendingWindow(
                Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY),
                LocalTime.of(9, 0), LocalTime.of(18, 0), losAngeles));
    }

    @Test
    void everyFieldIsTakenAsTyped() {
        Campaign campaign = fixture.givenCampaign(new CampaignForm(" Summer ", fixture.list.id().toString(), "",
                "A {city}", "B {zip|02101}", "1,000", List.of("sat", "SUNDAY"), "10:30", "16:00", "America/Chicago", true, "30"));

        assertThat(campaign.name()).isEqualTo("Summer");
        assertThat(campaign.dailyLimit()).isEqualTo(1000);
        assertThat(campaign.window()).isEqualTo(new SendingWindow(Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
                LocalTime.of(10, 30), LocalTime.of(16, 0), ZoneId.of("America/Chicago")));
        assertThat(campaign.skipInOtherRunning()).isTrue();
        assertThat(campaign.skipTextedWithinDays()).isEqualTo(30);
    }

    @Test
    void everyBadFieldIsReportedAtOnceNamingTheMessage() {
        CampaignForm form = new CampaignForm("", null, null, "Hi {frist_name}", "Hi {", "0", List.of("Funday"),
                "9am", "18:00", "Mars/Olympus", false, "400");

        assertThatThrownBy(() -> fixture.create().create(form, null))
                .isInstanceOfSatisfying(InvalidFieldsException.class, e -> {
                    assertThat(e.problems()).containsOnlyKeys("name", "audience", "messageA", "messageB",
                            "dailyLimit", "windowDays", "windowStart", "windowZone", "skipTextedWithinDays");
                    assertThat(e.problems().get("messageA")).startsWith("Message A: ").contains("frist_name");
                    assertThat(e.problems().get("messageB")).startsWith("Message B: ");
                    assertThat(e.problems().get("dailyLimit")).contains("1 to 10,000");
                });
    }

    @Test
    void messageAIsRequired() {
        assertThatThrownBy(() -> fixture.create().create(fixture.form(" ", null), null))
                .isInstanceOfSatisfying(InvalidFieldsException.class,
                        e -> assertThat(e.problems()).containsEntry("messageA", "Message A is required"));
    }

    @Test
    void anUnknownListOrFilterIsNotFoundNamingIt() {
        CampaignForm unknownList = new CampaignForm("x", "99", null, "Hi", null, null, List.of(), null, null, null,
                false, null);
        CampaignForm unknownFilter = new CampaignForm("x", null, "7", "Hi", null, null, List.of(), null, null, null,
                false, null);

        assertThatThrownBy(() -> fixture.create().create(unknownList, null))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.kind()).isEqualTo(BusinessRuleException.Kind.NOT_FOUND);
                    assertThat(e.getMessage()).isEqualTo("No campaign list with id 99");
                });
        assertThatThrownBy(() -> fixture.create().create(unknownFilter, null))
                .hasMessage("No saved filter with id 7");
    }

    @Test
    void aSavedFilterCanBeTheAudience() {
        var filter = fixture.filters.create("Boston", com.attackacrack.crm.domain.campaign.AudienceFilter.everyone(),
                CampaignFixture.T0);

        Campaign campaign = fixture.givenCampaign(new CampaignForm("x", null, filter.id().toString(), "Hi", null, null,
                List.of(), null, null, null, false, null));

        assertThat(campaign.audience()).isEqualTo(new Audience.FilterAudience(new SavedFilterId(filter.id().value())));
    }
}
