package com.attackacrack.crm.application.service.campaign;

import static com.attackacrack.crm.application.service.campaign.CampaignFixture.member;
import static com.attackacrack.crm.application.service.campaign.CampaignFixture.phone;
import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.application.port.in.campaign.CampaignPreview;
import com.attackacrack.crm.application.port.out.AudienceMember;
import com.attackacrack.crm.domain.campaign.Campaign;
import com.attackacrack.crm.domain.campaign.CampaignStatus;
import com.attackacrack.crm.domain.campaign.ExclusionReason;
import com.attackacrack.crm.domain.campaign.ExclusionReason.Kind;
import com.attackacrack.crm.domain.campaign.SmsSegments;
import com.attackacrack.crm.domain.campaign.Variant;
import com.attackacrack.crm.domain.contact.ContactId;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class PreviewCampaignServiceTest {

    private final CampaignFixture fixture = new CampaignFixture();

    @Test
    void countsExclusionsByReasonAndShowsSamplesWithoutWritingAnything() {
        Campaign campaign = fixture.givenCampaign("Hi {first_name}", null);
        fixture.givenMembers(new AudienceMember(new ContactId(1), phone(1), false, true, null, false, Map.of()),
                new AudienceMember(new ContactId(2), null, false, false, null, false, Map.of()),
                member(3, Map.of("city", "Boston")), member(4, Map.of("zip", "02101")));
        LongStream.rangeClosed(10, 16).forEach(id -> fixture.givenMembers(member(id)));

        CampaignPreview preview = fixture.preview().preview(campaign.id());

        assertThat(preview.audienceSize()).isEqualTo(11);
        assertThat(preview.eligible()).isEqualTo(7);
        assertThat(preview.excluded()).isEqualTo(4);
        assertThat(preview.exclusions()).containsExactly(Map.entry(ExclusionReason.of(Kind.SUPPRESSED), 1L),
                Map.entry(ExclusionReason.of(Kind.NO_VALID_PHONE), 1L),
                Map.entry(ExclusionReason.unresolved("first_name"), 2L));
        assertThat(preview.samples()).hasSize(CampaignPreview.MAX_SAMPLES);
        assertThat(preview.samples().get(0)).isEqualTo(new CampaignPreview.Sample(new ContactId(10), "First10 Last10",
                Variant.A, "Hi First10"));
        assertThat(preview.longest()).containsOnlyKeys(Variant.A);
        assertThat(preview.longest().get(Variant.A)).isEqualTo(SmsSegments.of("Hi First10"));
        assertThat(fixture.recipients.snapshot(campaign.id())).isEmpty();
        assertThat(fixture.campaigns.find(campaign.id()).orElseThrow().status()).isEqualTo(CampaignStatus.DRAFT);
    }

    @Test
    void theLongestRenderingOfEachVariantDecidesItsSegments() {
        Campaign campaign = fixture.givenCampaign("A {full_name}", "B {full_name} \u2764");
        fixture.givenMembers(member(1, Map.of("full_name", "Al")));
        LongStream.rangeClosed(2, 40).forEach(id -> fixture.givenMembers(member(id,
                Map.of("full_name", "x".repeat((int) id * 5)))));

        CampaignPreview preview = fixture.preview().preview(campaign.id());

        SmsSegments a = preview.longest().get(Variant.A);
        SmsSegments b = preview.longest().get(Variant.B);
        assertThat(a.encoding()).isEqualTo(SmsSegments.Encoding.GSM_7);
        assertThat(b.encoding()).isEqualTo(SmsSegments.Encoding.UCS_2);
        assertThat(a.segments()).isGreaterThan(1);
        assertThat(b.segments()).isGreaterThan(a.segments());
    }

    @Test
    void estimatesDaysCountingOnlyWindowDays() {
        // 2026-03-06 is a Friday; at 14:00Z it is 09:00 in New York, so Friday counts.
        fixture.clock.advance(java.time.Duration.ofDays(4));
        Campaign campaign = fixture.givenCampaign(new com.attackacrack.crm.application.port.in.campaign.CampaignForm(
                "Spring promo", fixture.list.id().toString(), null, "Hi", null, "2", java.util.List.of(), null, null,
                null, false, null));
        LongStream.rangeClosed(1, 5).forEach(id -> fixture.givenMembers(member(id)));

        CampaignPreview preview = fixture.preview().preview(campaign.id());

        assertThat(preview.sendingDays()).isEqualTo(3);
        assertThat(preview.calendarDays()).as("Friday, then Monday and Tuesday").isEqualTo(5);
    }

    @Test
    void inAnotherRunningCampaignCountsOnlyWhenChosen() {
        Campaign skipping = fixture.givenCampaign(fixture.formWithSkips("Hi"));
        Campaign plain = fixture.givenCampaign("Hi", null);
        fixture.givenMembers(new AudienceMember(new ContactId(1), phone(1), false, false, null, true, Map.of()));

        assertThat(fixture.preview().preview(skipping.id()).exclusions())
                .containsOnlyKeys(ExclusionReason.of(Kind.IN_ANOTHER_CAMPAIGN));
        assertThat(fixture.preview().preview(plain.id()).eligible()).isEqualTo(1);
    }
}
