package com.attackacrack.crm.adapters.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.adapters.out.persistence.testing.TestDatabase;
import com.attackacrack.crm.application.port.in.dashboard.Dashboard;
import com.attackacrack.crm.application.port.out.DashboardFigures;
import com.attackacrack.crm.domain.campaign.CampaignId;
import com.attackacrack.crm.domain.campaign.CampaignListId;
import com.attackacrack.crm.domain.campaign.CampaignStatus;
import com.attackacrack.crm.domain.importing.ImportId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbiDashboardFiguresTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    /** Midnight starting 2 March 2026 in New York (UTC-5). */
    private static final Instant DAY_START = Instant.parse("2026-03-02T05:00:00Z");
    private static final Instant DAY_END = Instant.parse("2026-03-03T05:00:00Z");
    private static final Instant JUST_BEFORE = DAY_START.minusNanos(1000);

    private final Jdbi jdbi = TestDatabase.shared().jdbi();
    private final JdbiDashboardFigures figures = new JdbiDashboardFigures(jdbi);
    private CampaignListId list;

    @BeforeEach
    void givenEmptyTables() {
        jdbi.useHandle(handle -> handle.execute("""
                truncate campaigns, campaign_recipients, campaign_lists, campaign_list_members, saved_filters, suppressions,
                         contacts, conversations, messages, imports, import_conflicts restart identity cascade"""));
        list = CampaignTables.listOf(jdbi, 6);
    }

    @Test
    void countsEveryContactAndThoseCreatedFromTheBoundaryOn() {
        setCreated(1, JUST_BEFORE);
        setCreated(2, DAY_START);
        setCreated(3, DAY_END);
        for (long other = 4; other <= 6; other++) {
            setCreated(other, JUST_BEFORE.minusSeconds(86_400));
        }

        assertThat(figures.contacts()).isEqualTo(6);
        assertThat(figures.contactsCreatedSince(DAY_START)).isEqualTo(2);
        assertThat(figures.contactsCreatedSince(DAY_START.plusNanos(1000))).isEqualTo(1);
        assertThat(figures.contactsCreatedSince(JUST_BEFORE)).isEqualTo(3);
    }

    @Test
    void activeCampaignsAreRunningThenScheduledWithRecipientsAndSentCounts() {
        long running = campaign("Spring", "running", "America/Los_Angeles", 200, DAY_START);
        long scheduled = campaign("Summer", "scheduled", "America/New_York", 50, DAY_START.plusSeconds(60));
        long olderRunning = campaign("Winter", "running", "America/New_York", 75, JUST_BEFORE);
        campaign("Paused", "paused", "America/New_York", 10, DAY_START);
        campaign("Draft", "draft", "America/New_York", 10, DAY_START);
        recipient(running, 1, "sent", DAY_START, null);
        recipient(running, 2, "delivered", DAY_START.plusSeconds(5), null);
        recipient(running, 3, "failed", DAY_START.plusSeconds(6), null);
        recipient(running, 4, "pending", null, null);
        excluded(running, 5);

        assertThat(figures.activeCampaigns()).containsExactly(
                new DashboardFigures.CampaignProgress(new CampaignId(running), "Spring", CampaignStatus.RUNNING,
                        ZoneId.of("America/Los_Angeles"), 200, 4, 3),
                new DashboardFigures.CampaignProgress(new CampaignId(olderRunning), "Winter", CampaignStatus.RUNNING,
                        NEW_YORK, 75, 0, 0),
                new DashboardFigures.CampaignProgress(new CampaignId(scheduled), "Summer", CampaignStatus.SCHEDULED,
                        NEW_YORK, 50, 0, 0));
    }

    @Test
    void campaignTextsSentCountTheHalfOpenRangeOverallAndPerCampaign() {
        long spring = campaign("Spring", "running", "America/New_York", 200, DAY_START);
        long autumn = campaign("Autumn", "completed", "America/New_York", 200, DAY_START);
        recipient(spring, 1, "sent", JUST_BEFORE, null);
        recipient(spring, 2, "delivered", DAY_START, null);
        recipient(spring, 3, "sent", DAY_END.minusNanos(1000), null);
        recipient(spring, 4, "sent", DAY_END, null);
        recipient(autumn, 1, "failed", DAY_START.plusSeconds(30), null);
        recipient(autumn, 2, "pending", null, null);

        assertThat(figures.campaignTextsSent(DAY_START, DAY_END)).isEqualTo(3);
        assertThat(figures.campaignTextsSent(new CampaignId(spring), DAY_START, DAY_END)).isEqualTo(2);
        assertThat(figures.campaignTextsSent(new CampaignId(autumn), DAY_START, DAY_END)).isEqualTo(1);
    }

    @Test
    void repliesAreTheRecipientsSentInTheRangeWithAnAttributedReply() {
        long spring = campaign("Spring", "running", "America/New_York", 200, DAY_START);
        recipient(spring, 1, "delivered", DAY_START, DAY_START.plusSeconds(600));
        recipient(spring, 2, "delivered", DAY_START.plusSeconds(1), null);
        recipient(spring, 3, "sent", DAY_START.plusSeconds(2), DAY_END.plusSeconds(3600));
        recipient(spring, 4, "sent", JUST_BEFORE, DAY_START.plusSeconds(60));
        recipient(spring, 5, "pending", null, null);

        assertThat(figures.replies(DAY_START, DAY_END)).isEqualTo(new DashboardFigures.Replies(3, 2));
    }

    @Test
    void messagesPerDayGroupByTheDayInTheZoneAndLeaveOutEmptyDays() {
        long conversation = conversation(1);
        message(conversation, 1, "outbound", "delivered", JUST_BEFORE);
        message(conversation, 1, "outbound", "sent", DAY_START);
        message(conversation, 1, "outbound", "undelivered", DAY_START.plusSeconds(1));
        message(conversation, 1, "outbound", "failed", DAY_START.plusSeconds(2));
        message(conversation, 1, "outbound", "queued", DAY_START.plusSeconds(3));
        message(conversation, 1, "inbound", "received", DAY_START.plusSeconds(4));
        message(conversation, 1, "inbound", "received", DAY_END.plusSeconds(86_400 * 2));
        long spring = campaign("Spring", "running", "America/New_York", 200, DAY_START);
        recipient(spring, 1, "delivered", JUST_BEFORE, DAY_START.plusSeconds(4));
        recipient(spring, 2, "delivered", JUST_BEFORE, JUST_BEFORE);

        List<Dashboard.DayMessages> days = figures.messagesPerDay(JUST_BEFORE.minusSeconds(3600), DAY_END.plusSeconds(86_400 * 3),
                NEW_YORK);

        assertThat(days).containsExactly(
                new Dashboard.DayMessages(LocalDate.of(2026, 3, 1), 1, 0, 1),
                new Dashboard.DayMessages(LocalDate.of(2026, 3, 2), 2, 1, 1),
                new Dashboard.DayMessages(LocalDate.of(2026, 3, 5), 0, 1, 0));
        assertThat(figures.messagesPerDay(DAY_START, DAY_END, NEW_YORK))
                .containsExactly(new Dashboard.DayMessages(LocalDate.of(2026, 3, 2), 2, 1, 1));
    }

    @Test
    void importsWithOpenConflictsCountOnlyTheOpenOnesNewestImportFirst() {
        long older = importRow("old.csv", DAY_START);
        long newer = importRow("new.csv", DAY_END);
        long settled = importRow("settled.csv", DAY_END.plusSeconds(60));
        conflict(older, 1, "first_name", "open");
        conflict(newer, 1, "last_name", "open");
        conflict(newer, 2, "last_name", "open");
        conflict(newer, 3, "first_name", "kept_current");
        conflict(settled, 4, "first_name", "kept_current");

        assertThat(figures.importsWithOpenConflicts(10)).containsExactly(
                new Dashboard.ImportConflicts(new ImportId(newer), "new.csv", 2),
                new Dashboard.ImportConflicts(new ImportId(older), "old.csv", 1));
        assertThat(figures.importsWithOpenConflicts(1)).hasSize(1);
    }

    private void setCreated(long contact, Instant at) {
        jdbi.useHandle(h -> h.createUpdate("update contacts set created_at = :at where id = :id")
                .bind("at", at).bind("id", contact).execute());
    }

    private long campaign(String name, String status, String zone, int dailyLimit, Instant createdAt) {
        return jdbi.withHandle(h -> h.createQuery("""
                        insert into campaigns (name, status, audience_list_id, message_a, daily_limit, window_days,
                                               window_start, window_end, window_zone, scheduled_at, created_at, updated_at)
                        values (:name, :status, :list, 'Hi', :limit, 'MON,TUE', '09:00', '18:00', :zone,
                                :t, :t, :t) returning id""")
                .bind("name", name).bind("status", status).bind("list", list.value()).bind("limit", dailyLimit)
                .bind("zone", zone).bind("t", createdAt).mapTo(Long.class).one());
    }

    private void recipient(long campaign, long contact, String status, Instant sentAt, Instant repliedAt) {
        jdbi.useHandle(h -> h.createUpdate("""
                        insert into campaign_recipients (campaign_id, contact_id, phone, variant, status, body, sent_at,
                                                         replied_at, created_at)
                        values (:campaign, :contact, '+16175550000', 'a', :status, 'Hi', :sent, :replied, :t)""")
                .bind("campaign", campaign).bind("contact", contact).bind("status", status).bind("sent", sentAt)
                .bind("replied", repliedAt).bind("t", CampaignTables.T0).execute());
    }

    private void excluded(long campaign, long contact) {
        jdbi.useHandle(h -> h.createUpdate("""
                        insert into campaign_recipients (campaign_id, contact_id, variant, status, exclusion_kind, created_at)
                        values (:campaign, :contact, 'a', 'excluded', 'suppressed', :t)""")
                .bind("campaign", campaign).bind("contact", contact).bind("t", CampaignTables.T0).execute());
    }

    private long conversation(long contact) {
        return jdbi.withHandle(h -> h.createQuery("""
                        insert into conversations (contact_id, last_activity_at) values (:contact, :t) returning id""")
                .bind("contact", contact).bind("t", CampaignTables.T0).mapTo(Long.class).one());
    }

    private void message(long conversation, long contact, String direction, String status, Instant at) {
        jdbi.useHandle(h -> h.createUpdate("""
                        insert into messages (conversation_id, contact_id, direction, status, created_at, recorded_at,
                                              status_at)
                        values (:conversation, :contact, :direction, :status, :t, :t, :t)""")
                .bind("conversation", conversation).bind("contact", contact).bind("direction", direction)
                .bind("status", status).bind("t", at).execute());
    }

    private long importRow(String fileName, Instant at) {
        return jdbi.withHandle(h -> h.createQuery("""
                        insert into imports (file_name, format, started_by, status, created_at)
                        values (:file, 'generic', 'admin@example.com', 'completed', :t) returning id""")
                .bind("file", fileName).bind("t", at).mapTo(Long.class).one());
    }

    private void conflict(long importId, long contact, String field, String status) {
        jdbi.useHandle(h -> h.createUpdate("""
                        insert into import_conflicts (import_id, line, contact_id, field, current_value, incoming_value,
                                                      status, created_at)
                        values (:import, 2, :contact, :field, 'A', :incoming, :status, :t)""")
                .bind("import", importId).bind("contact", contact).bind("field", field)
                .bind("incoming", "B" + importId + status).bind("status", status).bind("t", CampaignTables.T0).execute());
    }
}
