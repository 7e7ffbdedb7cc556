package com.attackacrack.crm.application.service.dashboard;

import com.attackacrack.crm.application.port.in.dashboard.Dashboard;
import com.attackacrack.crm.application.port.in.dashboard.GetDashboardUseCase;
import com.attackacrack.crm.application.port.out.ConversationRepository;
import com.attackacrack.crm.application.port.out.DashboardFigures;
import com.attackacrack.crm.application.port.out.WebhookEventRepository;
import com.attackacrack.crm.domain.campaign.CampaignStatus;
import com.attackacrack.crm.domain.conversation.ConversationSummary;
import com.attackacrack.crm.domain.conversation.InboxFilter;
import com.attackacrack.crm.domain.shared.PageRequest;
import com.attackacrack.crm.domain.user.Permission;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Computes the dashboard: "today" and the chart's days are days in the business zone; each running campaign's texts
 * today are counted in its sending window's zone, the day its daily limit counts; "new contacts" are those of the last
 * seven UTC days, the days the contacts list's created-from filter reads, so that the linked list shows the same
 * number.
 */
public final class GetDashboardService implements GetDashboardUseCase {

    /** How many days the chart and the response rate cover, today included. */
    public static final int DAYS = 30;

    /** How many days count as "this week" for new contacts, today included. */
    public static final int WEEK = 7;

    /** How many conversations the dashboard lists. */
    public static final int RECENT_CONVERSATIONS = 5;

    /** How many imports with open conflicts the dashboard lists at most. */
    public static final int IMPORTS = 10;

    private final DashboardFigures figures;
    private final ConversationRepository conversations;
    private final WebhookEventRepository events;
    private final ZoneId zone;
    private final Clock clock;

    /** A dashboard over these ports; {@code zone} is the business time zone. */
    public GetDashboardService(DashboardFigures figures, ConversationRepository conversations,
                               WebhookEventRepository events, ZoneId zone, Clock clock) {
        this.figures = Objects.requireNonNull(figures, "figures");
        this.conversations = Objects.requireNonNull(conversations, "conversations");
        this.events = Objects.requireNonNull(events, "events");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Dashboard dashboard(Set<Permission> permissions) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        Instant todayStart = today.atStartOfDay(zone).toInstant();
        Instant tomorrowStart = today.plusDays(1).atStartOfDay(zone).toInstant();
        LocalDate firstDay = today.minusDays(DAYS - 1);
        Instant periodStart = firstDay.atStartOfDay(zone).toInstant();

        LocalDate weekStart = LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(WEEK - 1);
        Dashboard.Contacts contacts = new Dashboard.Contacts(figures.contacts(),
                figures.contactsCreatedSince(weekStart.atStartOfDay(ZoneOffset.UTC).toInstant()), weekStart);

        List<Dashboard.ActiveCampaign> active = figures.activeCampaigns().stream().map(it -> activeCampaign(it, now)).toList();
        long dailyLimit = active.stream().filter(it -> it.status() == CampaignStatus.RUNNING)
                .mapToLong(Dashboard.ActiveCampaign::dailyLimit).sum();

        DashboardFigures.Replies replies = figures.replies(periodStart, tomorrowStart);
        Dashboard.ResponseRate rate = new Dashboard.ResponseRate(replies.replied(), replies.sent(), firstDay);

        List<ConversationSummary> recent = conversations.inbox(InboxFilter.all(), new PageRequest(1, RECENT_CONVERSATIONS)).rows();

        Optional<List<Dashboard.ImportConflicts>> imports = permissions.contains(Permission.MANAGE_IMPORTS)
                ? Optional.of(figures.importsWithOpenConflicts(IMPORTS)) : Optional.empty();
        OptionalLong deadLetters = permissions.contains(Permission.MANAGE_INTEGRATIONS)
                ? OptionalLong.of(events.countDead()) : OptionalLong.empty();

        return new Dashboard(now, zone, today, contacts, active, figures.campaignTextsSent(todayStart, tomorrowStart),
                dailyLimit, rate, days(firstDay, today, figures.messagesPerDay(periodStart, tomorrowStart, zone)), recent,
                imports, deadLetters);
    }

    private Dashboard.ActiveCampaign activeCampaign(DashboardFigures.CampaignProgress campaign, Instant now) {
        ZoneId windowZone = campaign.windowZone();
        LocalDate day = LocalDate.ofInstant(now, windowZone);
        long sentToday = figures.campaignTextsSent(campaign.id(), day.atStartOfDay(windowZone).toInstant(),
                day.plusDays(1).atStartOfDay(windowZone).toInstant());
        return new Dashboard.ActiveCampaign(campaign.id(), campaign.name(), campaign.status(), campaign.recipients(),
                campaign.sent(), campaign.dailyLimit(), sentToday);
    }

    private static List<Dashboard.DayMessages> days(LocalDate first, LocalDate last, List<Dashboard.DayMessages> counted) {
        Map<LocalDate, Dashboard.DayMessages> byDay = counted.stream()
                .collect(Collectors.toMap(Dashboard.DayMessages::day, Function.identity(), (a, b) -> a));
        List<Dashboard.DayMessages> days = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            days.add(byDay.getOrDefault(day, Dashboard.DayMessages.none(day)));
        }
        return days;
    }
}
