package com.attackacrack.crm.application.service.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.application.fakes.InMemoryContactRepository;
import com.attackacrack.crm.application.fakes.InMemoryConversationRepository;
import com.attackacrack.crm.application.fakes.InMemoryWebhookEventRepository;
import com.attackacrack.crm.application.port.in.dashboard.Dashboard;
import com.attackacrack.crm.application.port.out.DashboardFigures;
import com.attackacrack.crm.domain.campaign.CampaignId;
import com.attackacrack.crm.domain.campaign.CampaignStatus;
import com.attackacrack.crm.domain.contact.Contact;
import com.attackacrack.crm.domain.contact.ContactDetails;
import com.attackacrack.crm.domain.importing.ImportId;
import com.attackacrack.crm.domain.user.Permission;
import com.attackacrack.crm.domain.user.Role;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GetDashboardServiceTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
    /** 22:30 on Thursday 26 November in New York, already Friday 27 November in UTC. */
    private static final Instant NOW = Instant.parse("2026-11-27T03:30:00Z");

    private final RecordingFigures figures = new RecordingFigures();
    private final InMemoryContactRepository contacts = new InMemoryContactRepository();
    private final InMemoryConversationRepository conversations = new InMemoryConversationRepository(contacts);
    private final InMemoryWebhookEventRepository events = new InMemoryWebhookEventRepository();
    private final GetDashboardService service = new GetDashboardService(figures, conversations, events, NEW_YORK,
            Clock.fixed(NOW, ZoneId.of("UTC")));

    @Test
    void todayIsTheBusinessZonesDayAndTheSentTodayCountCoversItExactly() {
        figures.sent.put(range("2026-11-26T05:00:00Z", "2026-11-27T05:00:00Z"), 42L);

        Dashboard dashboard = service.dashboard(Role.MARKETER.permissions());

        assertThat(dashboard.today()).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(dashboard.zone()).isEqualTo(NEW_YORK);
        assertThat(dashboard.sentToday()).isEqualTo(42);
    }

    @Test
    void anotherBusinessZoneMovesTodayAndTheChartsDays() {
        // 06:00 UTC on Friday 27 November: already Friday in New York, still 22:00 on Thursday in Los Angeles.
        Instant now = Instant.parse("2026-11-27T06:00:00Z");
        GetDashboardService west = new GetDashboardService(figures, conversations, events, LOS_ANGELES,
                Clock.fixed(now, ZoneId.of("UTC")));
        figures.zone = LOS_ANGELES;
        // A text at 02:00 UTC on the 27th is 18:00 on the 26th in Los Angeles: it counts for Thursday, today there.
        figures.sent.put(range("2026-11-26T08:00:00Z", "2026-11-27T08:00:00Z"), 1L);
        String period = range("2026-10-28T07:00:00Z", "2026-11-27T08:00:00Z");
        figures.days.put(period, List.of(new Dashboard.DayMessages(LocalDate.of(2026, 11, 26), 1, 0, 0)));

        Dashboard dashboard = west.dashboard(Role.MARKETER.permissions());

        assertThat(dashboard.zone()).isEqualTo(LOS_ANGELES);
        assertThat(dashboard.today()).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(dashboard.sentToday()).isEqualTo(1);
        assertThat(dashboard.days()).hasSize(30);
        assertThat(dashboard.days().getFirst().day()).isEqualTo(LocalDate.of(2026, 10, 28));
        assertThat(dashboard.days().getLast()).isEqualTo(new Dashboard.DayMessages(LocalDate.of(2026, 11, 26), 1, 0, 0));
    }

    @Test
    void newContactsAreThoseOfTheLastSevenUtcDaysAsTheContactsListReadsThem() {
        figures.contacts = 120;
        figures.createdSince.put(Instant.parse("2026-11-21T00:00:00Z"), 9L);

        Dashboard.Contacts counted = service.dashboard(Role.MARKETER.permissions()).contacts();

        assertThat(counted).isEqualTo(new Dashboard.Contacts(120, 9, LocalDate.of(2026, 11, 21)));
    }

    @Test
    void eachActiveCampaignCountsTodayInItsWindowZoneAndOnlyRunningOnesAddToTheDailyLimit() {
        CampaignId west = new CampaignId(1);
        CampaignId east = new CampaignId(2);
        CampaignId later = new CampaignId(3);
        figures.active.add(new DashboardFigures.CampaignProgress(west, "West", CampaignStatus.RUNNING, LOS_ANGELES, 200, 500, 120));
        figures.active.add(new DashboardFigures.CampaignProgress(east, "East", CampaignStatus.RUNNING, NEW_YORK, 100, 80, 80));
        figures.active.add(new DashboardFigures.CampaignProgress(later, "Later", CampaignStatus.SCHEDULED, NEW_YORK, 300, 0, 0));
        figures.sentByCampaign.put(west + range("2026-11-26T08:00:00Z", "2026-11-27T08:00:00Z"), 37L);
        figures.sentByCampaign.put(east + range("2026-11-26T05:00:00Z", "2026-11-27T05:00:00Z"), 11L);

        Dashboard dashboard = service.dashboard(Role.MARKETER.permissions());

        assertThat(dashboard.activeCampaigns()).containsExactly(
                new Dashboard.ActiveCampaign(west, "West", CampaignStatus.RUNNING, 500, 120, 200, 37),
                new Dashboard.ActiveCampaign(east, "East", CampaignStatus.RUNNING, 80, 80, 100, 11),
                new Dashboard.ActiveCampaign(later, "Later", CampaignStatus.SCHEDULED, 0, 0, 300, 0));
        assertThat(dashboard.dailyLimit()).isEqualTo(300);
        assertThat(dashboard.runningCampaigns()).isEqualTo(2);
        assertThat(dashboard.scheduledCampaigns()).isEqualTo(1);
    }

    @Test
    void theResponseRateAndTheChartCoverThirtyBusinessDaysAcrossTheDaylightSavingChange() {
        // 28 October is still daylight time (UTC-4); the period ends at the end of today (UTC-5).
        String period = range("2026-10-28T04:00:00Z", "2026-11-27T05:00:00Z");
        figures.replies.put(period, new DashboardFigures.Replies(40, 5));
        figures.days.put(period, List.of(new Dashboard.DayMessages(LocalDate.of(2026, 10, 28), 3, 1, 1),
                new Dashboard.DayMessages(LocalDate.of(2026, 11, 26), 7, 2, 0)));

        Dashboard dashboard = service.dashboard(Role.MARKETER.permissions());

        assertThat(dashboard.responseRate()).isEqualTo(new Dashboard.ResponseRate(5, 40, LocalDate.of(2026, 10, 28)));
        assertThat(dashboard.responseRate().percent()).isEqualTo(12.5);
        assertThat(dashboard.days()).hasSize(30);
        assertThat(dashboard.days().getFirst()).isEqualTo(new Dashboard.DayMessages(LocalDate.of(2026, 10, 28), 3, 1, 1));
        assertThat(dashboard.days().get(1)).isEqualTo(Dashboard.DayMessages.none(LocalDate.of(2026, 10, 29)));
        assertThat(dashboard.days().getLast()).isEqualTo(new Dashboard.DayMessages(LocalDate.of(2026, 11, 26), 7, 2, 0));
        assertThat(dashboard.days().subList(1, 29)).allSatisfy(day -> assertThat(day.sent() + day.received() + day.replies()).isZero());
    }

    @Test
    void aRateWithNothingSentIsZero() {
        assertThat(new Dashboard.ResponseRate(0, 0, LocalDate.of(2026, 1, 1)).percent()).isZero();
    }

    @Test
    void listsTheFiveNewestConversations() {
        for (int i = 0; i < 7; i++) {
            Contact contact = contacts.create(new ContactDetails("C" + i, null, null, null, null, null, null), "manual", NOW);
            conversations.queueOutbound(contact.id(), "Hello " + i, null, NOW.plusSeconds(i));
        }

        Dashboard dashboard = service.dashboard(Role.MARKETER.permissions());

        assertThat(dashboard.recentConversations()).extracting(it -> it.displayName())
                .containsExactly("C6", "C5", "C4", "C3", "C2");
    }

    @Test
    void importConflictsAndDeadLettersOnlyForViewersWhoManageThem() {
        figures.imports.add(new Dashboard.ImportConflicts(new ImportId(4), "leads.csv", 3));

        Dashboard marketer = service.dashboard(Role.MARKETER.permissions());
        Dashboard admin = service.dashboard(Role.ADMIN.permissions());
        Dashboard importer = service.dashboard(EnumSet.of(Permission.USE_CRM, Permission.MANAGE_IMPORTS));

        assertThat(marketer.imports()).isEmpty();
        assertThat(marketer.deadLetters()).isEmpty();
        assertThat(admin.imports()).hasValue(List.of(new Dashboard.ImportConflicts(new ImportId(4), "leads.csv", 3)));
        assertThat(admin.deadLetters()).hasValue(0);
        assertThat(importer.imports()).isPresent();
        assertThat(importer.deadLetters()).isEmpty();
    }

    private static String range(String from, String until) {
        return Instant.parse(from) + ".." + Instant.parse(until);
    }

    /** Answers only the exact ranges it was given, so that a wrong boundary shows as a zero. */
    private static final class RecordingFigures implements DashboardFigures {

        long contacts;
        final Map<Instant, Long> createdSince = new HashMap<>();
        final List<CampaignProgress> active = new ArrayList<>();
        final Map<String, Long> sent = new HashMap<>();
        final Map<String, Long> sentByCampaign = new HashMap<>();
        final Map<String, Replies> replies = new HashMap<>();
        final Map<String, List<Dashboard.DayMessages>> days = new HashMap<>();
        final List<Dashboard.ImportConflicts> imports = new ArrayList<>();
        ZoneId zone = NEW_YORK;

        @Override
        public long contacts() {
            return contacts;
        }

        @Override
        public long contactsCreatedSince(Instant since) {
            return createdSince.getOrDefault(since, 0L);
        }

        @Override
        public List<CampaignProgress> activeCampaigns() {
            return active;
        }

        @Override
        public long campaignTextsSent(Instant from, Instant until) {
            return sent.getOrDefault(from + ".." + until, 0L);
        }

        @Override
        public long campaignTextsSent(CampaignId campaign, Instant from, Instant until) {
            return sentByCampaign.getOrDefault(campaign + (from + ".." + until), 0L);
        }

        @Override
        public Replies replies(Instant from, Instant until) {
            return replies.getOrDefault(from + ".." + until, new Replies(0, 0));
        }

        @Override
        public List<Dashboard.DayMessages> messagesPerDay(Instant from, Instant until, ZoneId zone) {
            assertThat(zone).isEqualTo(this.zone);
            return days.getOrDefault(from + ".." + until, List.of());
        }

        @Override
        public List<Dashboard.ImportConflicts> importsWithOpenConflicts(int limit) {
            return imports.subList(0, Math.min(limit, imports.size()));
        }
    }
}
