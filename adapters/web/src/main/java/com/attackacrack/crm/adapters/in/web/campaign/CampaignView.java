package com.attackacrack.crm.adapters.in.web.campaign;

import com.attackacrack.crm.adapters.in.web.listing.Formats;
import com.attackacrack.crm.domain.campaign.Audience;
import com.attackacrack.crm.domain.campaign.Campaign;
import com.attackacrack.crm.domain.campaign.CampaignStatus;
import com.attackacrack.crm.domain.campaign.SendingWindow;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A campaign as its pages show it: facts in words, and which actions its status allows.
 *
 * @param id           the campaign's id
 * @param name         its name
 * @param status       the status word ({@code draft}, {@code running}, ...)
 * @param statusLabel  the status for people ("Running")
 * @param badge        the Bootstrap badge class for the status
 * @param audience     the audience in words ("List: Spring leads")
 * @param audienceHref the list's or filter's page
 * @param messageA     message A as written
 * @param messageB     message B as written, {@code ""} for none
 * @param hasB         whether there is a message B (an A/B split)
 * @param dailyLimit   the daily limit, written out
 * @param window       the sending window in words
 * @param zone         the window's time zone id
 * @param skipRules    the skip rules in words, {@code ""} for none
 * @param created      when it was made
 * @param started      when it started, {@code ""} before
 * @param scheduled    when it is scheduled to start, {@code ""} when not scheduled
 * @param finished     when it completed or was cancelled, {@code ""} before
 * @param draft        whether it is a draft (editable, launchable)
 * @param running      whether it is running (pausable, polled for progress)
 * @param paused       whether it is paused (resumable)
 * @param cancellable  whether it may be cancelled (scheduled, running or paused)
 */
public record CampaignView(long id, String name, String status, String statusLabel, String badge, String audience,
                           String audienceHref, String messageA, String messageB, boolean hasB, String dailyLimit,
                           String window, String zone, String skipRules, String created, String started,
                           String scheduled, String finished, boolean draft, boolean running, boolean paused,
                           boolean cancellable) {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm z", Locale.ENGLISH);

    /** The view of a campaign; {@code audienceNames} maps {@code list-ID} and {@code filter-ID} to names. */
    static CampaignView from(Campaign campaign, Map<String, String> audienceNames) {
        CampaignStatus status = campaign.status();
        String zone = campaign.window().zone().getId();
        return new CampaignView(campaign.id().value(), campaign.name(), status.word(), label(status), badge(status),
                audience(campaign.audience(), audienceNames), audienceHref(campaign.audience()), campaign.messageA().text(),
                campaign.hasVariantB() ? campaign.messageB().text() : "", campaign.hasVariantB(),
                Formats.number(campaign.dailyLimit()) + " texts a day", window(campaign.window()), zone,
                skipRules(campaign), Formats.day(campaign.createdAt()), moment(campaign.startedAt(), campaign),
                moment(campaign.scheduledAt(), campaign), moment(campaign.finishedAt(), campaign),
                status == CampaignStatus.DRAFT, status == CampaignStatus.RUNNING, status == CampaignStatus.PAUSED,
                status == CampaignStatus.SCHEDULED || status == CampaignStatus.RUNNING || status == CampaignStatus.PAUSED);
    }

    /** "Running" for running. */
    static String label(CampaignStatus status) {
        String word = status.word();
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /** The badge colour of a status. */
    static String badge(CampaignStatus status) {
        return switch (status) {
            case DRAFT -> "text-bg-secondary";
            case SCHEDULED -> "text-bg-info";
            case RUNNING -> "text-bg-primary";
            case PAUSED -> "text-bg-warning";
            case COMPLETED -> "text-bg-success";
            case CANCELLED -> "text-bg-dark";
        };
    }

    /** The instant in the campaign's window zone ("12 Mar 2026, 09:00 EDT"), {@code ""} for null. */
    static String moment(Instant instant, Campaign campaign) {
        return instant == null ? "" : MOMENT.format(instant.atZone(campaign.window().zone()));
    }

    private static String audience(Audience audience, Map<String, String> names) {
        return switch (audience) {
            case Audience.ListAudience list -> "List: " + names.getOrDefault(CampaignFormView.LIST + list.list().value(),
                    "#" + list.list().value());
            case Audience.FilterAudience filter -> "Saved filter: " + names.getOrDefault(
                    CampaignFormView.FILTER + filter.filter().value(), "#" + filter.filter().value());
        };
    }

    private static String audienceHref(Audience audience) {
        return switch (audience) {
            case Audience.ListAudience list -> "/lists/" + list.list().value();
            case Audience.FilterAudience filter -> "/filters/" + filter.filter().value();
        };
    }

    /** "Mon, Tue, Wed, Thu, Fri · 09:00–18:00 America/New_York". */
    static String window(SendingWindow window) {
        String days = Arrays.stream(DayOfWeek.values()).filter(window.days()::contains)
                .map(day -> day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH)).collect(Collectors.joining(", "));
        return days + " · " + window.start() + "–" + window.end() + " " + window.zone().getId();
    }

    private static String skipRules(Campaign campaign) {
        String inOther = campaign.skipInOtherRunning() ? "Skips contacts in another running campaign" : "";
        Integer within = campaign.skipTextedWithinDays();
        if (within == null) {
            return inOther;
        }
        String texted = "texted in the last " + within + (within == 1 ? " day" : " days");
        return inOther.isEmpty() ? "Skips contacts " + texted : inOther + " and contacts " + texted;
    }
}
