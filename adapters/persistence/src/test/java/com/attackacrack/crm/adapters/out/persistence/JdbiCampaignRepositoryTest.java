package com.attackacrack.crm.adapters.out.persistence;

import static com.attackacrack.crm.adapters.out.persistence.CampaignTables.T0;
import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.adapters.out.persistence.testing.TestDatabase;
import com.attackacrack.crm.application.port.in.campaign.LaunchCampaignCommand;
import com.attackacrack.crm.application.port.out.CampaignDraft;
import com.attackacrack.crm.application.service.campaign.LaunchCampaignService;
import com.attackacrack.crm.domain.campaign.Audience;
import com.attackacrack.crm.domain.campaign.Campaign;
import com.attackacrack.crm.domain.campaign.CampaignStatus;
import com.attackacrack.crm.domain.campaign.MessageTemplate;
import com.attackacrack.crm.domain.campaign.SendingWindow;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import com.attackacrack.crm.domain.shared.PageRequest;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbiCampaignRepositoryTest {

    private final Jdbi jdbi = TestDatabase.shared().jdbi();
    private final JdbiCampaignRepository campaigns = new JdbiCampaignRepository(jdbi);
    private Audience audience;

    @BeforeEach
    void givenAList() {
        CampaignTables.empty(jdbi);
        audience = new Audience.ListAudience(CampaignTables.listOf(jdbi, 3));
    }

    @Test
    void aDraftIsStoredAndReadBackWithEveryField() {
        SendingWindow window = new SendingWindow(Set.of(DayOfWeek.SATURDAY, DayOfWeek.MONDAY), LocalTime.of(10, 30),
                LocalTime.of(17, 0), ZoneId.of("America/Chicago"));
        CampaignDraft draft = new CampaignDraft("Summer", audience, MessageTemplate.parse("Hi {first_name|there}"),
                MessageTemplate.parse("Yo"), 500, window, true, 14);

        Campaign created = campaigns.create(draft, null, T0);
        Campaign found = campaigns.find(created.id()).orElseThrow();

        assertThat(found.status()).isEqualTo(CampaignStatus.DRAFT);
        assertThat(found.name()).isEqualTo("Summer");
        assertThat(found.audience()).isEqualTo(audience);
        assertThat(found.messageA().text()).isEqualTo("Hi {first_name|there}");
        assertThat(found.messageB().text()).isEqualTo("Yo");
        assertThat(found.dailyLimit()).isEqualTo(500);
        assertThat(found.window()).isEqualTo(window);
        assertThat(found.skipInOtherRunning()).isTrue();
        assertThat(found.skipTextedWithinDays()).isEqualTo(14);
        assertThat(found.createdAt()).isEqualTo(T0);
    }

    @Test
    void onlyADraftIsUpdated() {
        Campaign draft = campaigns.create(CampaignTables.draft(audience, "Hi", null), null, T0);

        assertThat(campaigns.update(draft.id(), CampaignTables.draft(audience, "Hello", "Hey"), T0.plusSeconds(5)))
                .hasValueSatisfying(c -> assertThat(c.messageB().text()).isEqualTo("Hey"));
        campaigns.transition(draft.id(), Set.of(CampaignStatus.DRAFT), CampaignStatus.RUNNING, T0);
        assertThat(campaigns.update(draft.id(), CampaignTables.draft(audience, "Later", null), T0)).isEmpty();
        assertThat(campaigns.find(draft.id()).orElseThrow().messageA().text()).isEqualTo("Hello");
    }

    @Test
    void transitionsAreConditionalAndStampTheLifecycle() {
        Campaign c = campaigns.create(CampaignTables.draft(audience, "Hi", null), null, T0);

        assertThat(campaigns.transition(c.id(), Set.of(CampaignStatus.DRAFT), CampaignStatus.RUNNING, T0)).isTrue();
        assertThat(campaigns.transition(c.id(), Set.of(CampaignStatus.DRAFT), CampaignStatus.RUNNING, T0)).isFalse();
        campaigns.transition(c.id(), Set.of(CampaignStatus.RUNNING), CampaignStatus.PAUSED, T0.plusSeconds(60));
        campaigns.transition(c.id(), Set.of(CampaignStatus.PAUSED), CampaignStatus.RUNNING, T0.plusSeconds(120));
        campaigns.transition(c.id(), Set.of(CampaignStatus.RUNNING), CampaignStatus.COMPLETED, T0.plusSeconds(180));

        Campaign done = campaigns.find(c.id()).orElseThrow();
        assertThat(done.status()).isEqualTo(CampaignStatus.COMPLETED);
        assertThat(done.startedAt()).isEqualTo(T0);
        assertThat(done.finishedAt()).isEqualTo(T0.plusSeconds(180));
    }

    @Test
    void dueRunningAndThePagesByStatus() {
        Campaign soon = campaigns.create(CampaignTables.draft(audience, "Hi", null), null, T0);
        Campaign later = campaigns.create(CampaignTables.draft(audience, "Hi", null), null, T0.plusSeconds(1));
        Campaign running = campaigns.create(CampaignTables.draft(audience, "Hi", null), null, T0.plusSeconds(2));
        campaigns.scheduleAt(soon.id(), T0.plusSeconds(60), T0);
        campaigns.transition(soon.id(), Set.of(CampaignStatus.DRAFT), CampaignStatus.SCHEDULED, T0);
        campaigns.scheduleAt(later.id(), T0.plus(Duration.ofDays(1)), T0);
        campaigns.transition(later.id(), Set.of(CampaignStatus.DRAFT), CampaignStatus.SCHEDULED, T0);
        campaigns.transition(running.id(), Set.of(CampaignStatus.DRAFT), CampaignStatus.RUNNING, T0);

        assertThat(campaigns.due(T0.plusSeconds(60))).extracting(Campaign::id).containsExactly(soon.id());
        assertThat(campaigns.running()).extracting(Campaign::id).containsExactly(running.id());
        assertThat(campaigns.list(null, PageRequest.first()).rows()).extracting(Campaign::id)
                .containsExactly(running.id(), later.id(), soon.id());
        var scheduled = campaigns.list(CampaignStatus.SCHEDULED, new PageRequest(1, 1));
        assertThat(scheduled.total()).isEqualTo(2);
        assertThat(scheduled.rows()).extracting(Campaign::id).containsExactly(later.id());
    }

    @Test
    void aCampaignLaunchedFromTwoThreadsAtOnceIsSnapshottedOnce() throws InterruptedException {
        Campaign c = campaigns.create(CampaignTables.draft(audience, "Hi {first_name}", null), null, T0);
        JdbiCampaignRecipients recipients = new JdbiCampaignRecipients(jdbi);
        LaunchCampaignService launch = new LaunchCampaignService(campaigns, recipients,
                new JdbiAudienceMembers(jdbi, new JdbiSavedFilterRepository(jdbi), Clock.fixed(T0, ZoneOffset.UTC)),
                new JdbiTransactionRunner(jdbi), Clock.fixed(T0, ZoneOffset.UTC));

        List<TwoAtOnce.Outcome<Object>> outcomes = TwoAtOnce.run(
                () -> launch.launch(new LaunchCampaignCommand(c.id(), null)));

        assertThat(outcomes).filteredOn(o -> o.failure() == null).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o.failure() != null).singleElement()
                .satisfies(o -> assertThat(o.failure()).isInstanceOf(BusinessRuleException.class)
                        .hasMessageContaining("is running; only a draft can be launched"));
        assertThat(recipients.stats(c.id()).total().targeted()).isEqualTo(3);
        assertThat(campaigns.find(c.id()).orElseThrow().status()).isEqualTo(CampaignStatus.RUNNING);
    }
}
