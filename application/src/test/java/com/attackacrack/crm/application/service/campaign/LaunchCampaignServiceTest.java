package com.attackacrack.crm.application.service.campaign;

import static com.attackacrack.crm.application.service.campaign.CampaignFixture.T0;
import static com.attackacrack.crm.application.service.campaign.CampaignFixture.member;
import static com.attackacrack.crm.application.service.campaign.CampaignFixture.names;
import static com.attackacrack.crm.application.service.campaign.CampaignFixture.phone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.application.port.in.campaign.CampaignDetail;
import com.attackacrack.crm.application.port.in.campaign.LaunchCampaignCommand;
import com.attackacrack.crm.application.port.out.AudienceMember;
import com.attackacrack.crm.application.port.out.NewRecipient;
import com.attackacrack.crm.domain.campaign.Campaign;
import com.attackacrack.crm.domain.campaign.CampaignStatus;
import com.attackacrack.crm.domain.campaign.ExclusionReason;
import com.attackacrack.crm.domain.campaign.ExclusionReason.Kind;
import com.attackacrack.crm.domain.campaign.Variant;
import com.attackacrack.crm.domain.campaign.VariantSplit;
import com.attackacrack.crm.domain.contact.ContactId;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LaunchCampaignServiceTest {

    private final CampaignFixture fixture = new CampaignFixture();
    private final LaunchCampaignService service = fixture.launch();

    @Test
    void launchingNowSnapshotsTheAudienceAndRuns() {
        Campaign campaign = fixture.givenCampaign("Hi {first_name}, about {property_address|your home}", null);
        fixture.givenMembers(member(1), member(2));

        CampaignDetail launched = service.launch(new LaunchCampaignCommand(campaign.id(), null));

        assertThat(launched.campaign().status()).isEqualTo(CampaignStatus.RUNNING);
        assertThat(launched.campaign().startedAt()).isEqualTo(T0);
        assertThat(launched.stats().total().targeted()).isEqualTo(2);
        assertThat(launched.stats().total().pending()).isEqualTo(2);
        assertThat(fixture.recipients.snapshot(campaign.id())).extracting(NewRecipient::body)
                .containsExactly("Hi First1, about your home", "Hi First2, about your home");
        assertThat(fixture.transactions.units()).isEqualTo(1);
    }

    @Test
    void aLaterStartSchedulesIt() {
        Campaign campaign = fixture.givenCampaign("Hi", null);
        fixture.givenMembers(member(1));

        CampaignDetail launched = service.launch(new LaunchCampaignCommand(campaign.id(), T0.plus(Duration.ofDays(2))));

        assertThat(launched.campaign().status()).isEqualTo(CampaignStatus.SCHEDULED);
        assertThat(launched.campaign().scheduledAt()).isEqualTo(T0.plus(Duration.ofDays(2)));
        assertThat(launched.campaign().startedAt()).isNull();
        assertThat(fixture.recipients.snapshot(campaign.id())).hasSize(1);
    }

    @Test
    void anUnresolvedTokenWithoutFallbackExcludesThatRecipientNamingTheToken() {
        Campaign campaign = fixture.givenCampaign("Hi {first_name}", null);
        fixture.givenMembers(member(1), member(2, Map.of("last_name", "Archer")));

        CampaignDetail launched = service.launch(new LaunchCampaignCommand(campaign.id(), null));

        assertThat(launched.stats().exclusions()).containsExactly(Map.entry(ExclusionReason.unresolved("first_name"),
                1L));
        assertThat(launched.stats().exclusions().keySet()).extracting(ExclusionReason::text)
                .containsExactly("unresolved {first_name}");
    }

    @Test
    void aFallbackResolvesAMissingValue() {
        Campaign campaign = fixture.givenCampaign("Hi {first_name|there}", null);
        fixture.givenMembers(member(2, Map.of("first_name", "  ")));

        service.launch(new LaunchCampaignCommand(campaign.id(), null));

        assertThat(fixture.recipients.snapshot(campaign.id())).extracting(NewRecipient::body)
                .containsExactly("Hi there");
    }

    @Test
    void noBodyEverHoldsARawToken() {
        Campaign campaign = fixture.givenCampaign("Hi {first_name}, {city}", "Yo {full_name|friend} in {zip}");
        for (long id = 1; id <= 200; id++) {
            Map<String, String> tokens = new java.util.HashMap<>(names(id));
            if (id % 3 == 0) {
                tokens.put("city", "Boston");
                tokens.put("zip", "02101");
            }
            if (id % 5 == 0) {
                tokens.remove("first_name");
            }
            fixture.givenMembers(member(id, tokens));
        }

        service.launch(new LaunchCampaignCommand(campaign.id(), null));

        List<NewRecipient> rows = fixture.recipients.snapshot(campaign.id());
        assertThat(rows).hasSize(200);
        assertThat(rows).filteredOn(r -> !r.isExcluded()).isNotEmpty()
                .allSatisfy(r -> assertThat(r.body()).doesNotContain("{").doesNotContain("}"));
        assertThat(rows).filteredOn(NewRecipient::isExcluded).isNotEmpty()
                .allSatisfy(r -> assertThat(r.body()).isNull());
    }

    @Test
    void theSplitIsDeterministicAndUsesEachVariantsMessage() {
        Campaign campaign = fixture.givenCampaign("A {first_name}", "B {first_name}");
        LongStream.rangeClosed(1, 100).forEach(id -> fixture.givenMembers(member(id)));

        service.launch(new LaunchCampaignCommand(campaign.id(), null));

        List<NewRecipient> rows = fixture.recipients.snapshot(campaign.id());
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.variant()).isEqualTo(VariantSplit.variantFor(campaign.id(), r.contact(), true));
            assertThat(r.body()).startsWith(r.variant().name() + " ");
        });
        assertThat(rows).extracting(NewRecipient::variant).contains(Variant.A, Variant.B);
    }

    @Test
    void theFirstApplicableExclusionWinsInKindOrder() {
        Campaign campaign = fixture.givenCampaign(fixture.formWithSkips("Hi {first_name}"));
        java.time.Instant recently = T0.minus(Duration.ofDays(2));
        fixture.givenMembers(
                new AudienceMember(new ContactId(1), phone(1), true, true, recently, true, Map.of()),
                new AudienceMember(new ContactId(2), null, true, false, recently, true, Map.of()),
                new AudienceMember(new ContactId(3), null, false, false, recently, true, Map.of()),
                new AudienceMember(new ContactId(4), phone(4), false, false, recently, true, Map.of()),
                new AudienceMember(new ContactId(5), phone(5), false, false, T0.minus(Duration.ofDays(40)), true,
                        Map.of()),
                new AudienceMember(new ContactId(6), phone(6), false, false, null, false, Map.of()),
                member(7));

        service.launch(new LaunchCampaignCommand(campaign.id(), null));

        assertThat(fixture.recipients.snapshot(campaign.id()))
                .extracting(r -> r.exclusion() == null ? "eligible" : r.exclusion().text())
                .containsExactly("suppressed", Kind.DO_NOT_CONTACT.label(), "no valid phone", "texted recently",
                        "in another running campaign", "unresolved {first_name}", "eligible");
    }

    @Test
    void anotherRunningCampaignOnlyExcludesWhenChosen() {
        Campaign campaign = fixture.givenCampaign("Hi", null);
        fixture.givenMembers(new AudienceMember(new ContactId(1), phone(1), false, false, null, true, Map.of()));

        service.launch(new LaunchCampaignCommand(campaign.id(), null));

        assertThat(fixture.recipients.snapshot(campaign.id())).extracting(NewRecipient::isExcluded)
                .containsExactly(false);
    }

    @Test
    void launchingTwiceIsRefusedAndChangesNothing() {
        Campaign campaign = fixture.givenCampaign("Hi", null);
        fixture.givenMembers(member(1), member(2));
        service.launch(new LaunchCampaignCommand(campaign.id(), null));
        int transitions = fixture.campaigns.transitions();

        assertThatThrownBy(() -> service.launch(new LaunchCampaignCommand(campaign.id(), null)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.kind()).isEqualTo(BusinessRuleException.Kind.CONFLICT);
                    assertThat(e.getMessage()).isEqualTo(
                            "Campaign 'Spring promo' is running; only a draft can be launched");
                });
        assertThat(fixture.recipients.snapshot(campaign.id())).hasSize(2);
        assertThat(fixture.campaigns.transitions()).isEqualTo(transitions);
    }

    @Test
    void nobodyEligibleIsRefusedNamingWhy() {
        Campaign campaign = fixture.givenCampaign("Hi {first_name}", null);
        fixture.givenMembers(new AudienceMember(new ContactId(1), phone(1), false, true, null, false, Map.of()),
                member(2, Map.of()));

        assertThatThrownBy(() -> service.launch(new LaunchCampaignCommand(campaign.id(), null)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.kind()).isEqualTo(BusinessRuleException.Kind.INVALID);
                    assertThat(e.getMessage()).isEqualTo("Campaign 'Spring promo' cannot launch: all 2 in its audience"
                            + " are excluded (1 suppressed, 1 unresolved {first_name})");
                });
    }

    @Test
    void anEmptyAudienceIsRefused() {
        Campaign campaign = fixture.givenCampaign("Hi", null);

        assertThatThrownBy(() -> service.launch(new LaunchCampaignCommand(campaign.id(), null)))
                .hasMessage("Campaign 'Spring promo' cannot launch: its audience is empty");
    }

    @Test
    void aLargeAudienceIsInsertedInBatches() {
        Campaign campaign = fixture.givenCampaign("Hi", null);
        LongStream.rangeClosed(1, 2_500).forEach(id -> fixture.givenMembers(member(id)));

        CampaignDetail launched = service.launch(new LaunchCampaignCommand(campaign.id(), null));

        assertThat(launched.stats().total().pending()).isEqualTo(2_500);
        assertThat(fixture.recipients.snapshotCalls()).isEqualTo(3);
    }
}
