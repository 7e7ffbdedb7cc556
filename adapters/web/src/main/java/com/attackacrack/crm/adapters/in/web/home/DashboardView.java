package com.attackacrack.crm.adapters.in.web.home;

import com.attackacrack.crm.adapters.in.web.JsonResponses;
import com.attackacrack.crm.adapters.in.web.conversation.ConversationRowView;
import com.attackacrack.crm.application.port.in.dashboard.Dashboard;
import com.attackacrack.crm.domain.campaign.CampaignStatus;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The dashboard as the home page shows it: every figure with the list it links to.
 *
 * @param contactsTotal      every contact
 * @param contactsNew        contacts created in the last seven days
 * @param contactsSince      the first of those days (yyyy-MM-dd, the contacts list's createdFrom)
 * @param running            running campaigns
 * @param scheduled          scheduled campaigns
 * @param campaigns          running, then scheduled campaigns with their progress
 * @param sentToday          campaign texts sent today
 * @param dailyLimit         the sum of the running campaigns' daily limits
 * @param today              today, a day in the business zone (yyyy-MM-dd)
 * @param zone               the business zone's id
 * @param responseRate       the response rate, e.g. "12.5%"
 * @param replied            recipients who replied
 * @param sentRecipients     recipients sent a text
 * @param periodStart        the first day of the 30-day period (yyyy-MM-dd)
 * @param days               the chart's days, oldest first
 * @param series             the chart's series as JSON (labels, sent, received, replies)
 * @param conversations      the newest conversations
 * @param showImports        whether the viewer manages imports
 * @param imports            imports with open conflicts
 * @param openConflicts      open conflicts of those imports
 * @param showDeadLetters    whether the viewer manages integrations
 * @param deadLetters        dead webhook events
 */
public record DashboardView(long contactsTotal, long contactsNew, String contactsSince, long running, long scheduled,
                            List<CampaignView> campaigns, long sentToday, long dailyLimit, String today, String zone,
                            String responseRate, long replied, long sentRecipients, String periodStart, List<DayView> days,
                            String series, List<ConversationRowView> conversations, boolean showImports,
                            List<ImportView> imports, long openConflicts, boolean showDeadLetters, long deadLetters) {

    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("MMM d", Locale.US);

    public DashboardView {
        campaigns = List.copyOf(campaigns);
        days = List.copyOf(days);
        conversations = List.copyOf(conversations);
        imports = List.copyOf(imports);
    }

    /** The view of a computed dashboard. */
    public static DashboardView from(Dashboard d) {
        List<DayView> days = d.days().stream()
                .map(day -> new DayView(day.day().toString(), LABEL.format(day.day()), day.sent(), day.received(), day.replies()))
                .toList();
        List<ImportView> imports = d.imports().orElse(List.of()).stream()
                .map(it -> new ImportView(it.id().value(), it.fileName(), it.openConflicts())).toList();
        return new DashboardView(d.contacts().total(), d.contacts().newSince(), d.contacts().since().toString(),
                d.runningCampaigns(), d.scheduledCampaigns(), d.activeCampaigns().stream().map(CampaignView::from).toList(),
                d.sentToday(), d.dailyLimit(), d.today().toString(), d.zone().getId(), percent(d.responseRate().percent()),
                d.responseRate().replied(), d.responseRate().sent(), d.responseRate().since().toString(), days,
                series(days), d.recentConversations().stream().map(it -> ConversationRowView.from(it, d.at())).toList(),
                d.imports().isPresent(), imports, imports.stream().mapToLong(ImportView::openConflicts).sum(),
                d.deadLetters().isPresent(), d.deadLetters().orElse(0));
    }

    /** A rate with at most one decimal: "12.5%", "0%", "100%". */
    static String percent(double value) {
        String text = String.format(Locale.ROOT, "%.1f", value);
        return (text.endsWith(".0") ? text.substring(0, text.length() - 2) : text) + "%";
    }

    private static String series(List<DayView> days) {
        Map<String, Object> series = new LinkedHashMap<>();
        series.put("days", days.stream().map(DayView::date).toList());
        series.put("labels", days.stream().map(DayView::label).toList());
        series.put("sent", days.stream().map(DayView::sent).toList());
        series.put("received", days.stream().map(DayView::received).toList());
        series.put("replies", days.stream().map(DayView::replies).toList());
        return new String(JsonResponses.toBytes(series), StandardCharsets.UTF_8);
    }

    /**
     * A running or scheduled campaign.
     *
     * @param id         the campaign's id
     * @param name       its name
     * @param status     "running" or "scheduled"
     * @param running    whether it runs
     * @param recipients recipients to text
     * @param sent       recipients texted
     * @param percent    sent of recipients, 0 to 100
     * @param dailyLimit its daily limit
     * @param sentToday  its texts sent today
     */
    public record CampaignView(long id, String name, String status, boolean running, long recipients, long sent,
                               int percent, int dailyLimit, long sentToday) {

        static CampaignView from(Dashboard.ActiveCampaign c) {
            int percent = c.recipients() == 0 ? 0 : (int) Math.min(100, c.sent() * 100 / c.recipients());
            return new CampaignView(c.id().value(), c.name(), c.status().word(), c.status() == CampaignStatus.RUNNING,
                    c.recipients(), c.sent(), percent, c.dailyLimit(), c.sentToday());
        }
    }

    /**
     * One day of the chart.
     *
     * @param date     yyyy-MM-dd
     * @param label    e.g. "Nov 3"
     * @param sent     texts sent
     * @param received texts received
     * @param replies  replies attributed to a campaign
     */
    public record DayView(String date, String label, long sent, long received, long replies) {
    }

    /**
     * An import with open conflicts.
     *
     * @param id            the import's id
     * @param fileName      its file
     * @param openConflicts its open conflicts
     */
    public record ImportView(long id, String fileName, long openConflicts) {
    }
}
