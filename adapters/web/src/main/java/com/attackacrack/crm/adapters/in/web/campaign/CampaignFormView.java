package com.attackacrack.crm.adapters.in.web.campaign;

import com.attackacrack.crm.adapters.in.web.FormData;
import com.attackacrack.crm.application.port.in.campaign.CampaignForm;
import com.attackacrack.crm.domain.campaign.Audience;
import com.attackacrack.crm.domain.campaign.Campaign;
import com.attackacrack.crm.domain.campaign.SendingWindow;
import java.time.DayOfWeek;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The campaign form as typed, for re-rendering: the audience is one select whose value is {@code list-ID} or
 * {@code filter-ID}, window days are three-letter codes ({@code MON} ... {@code SUN}).
 *
 * @param name                 the campaign's name
 * @param audience             {@code list-ID}, {@code filter-ID} or {@code ""}
 * @param messageA             message A
 * @param messageB             message B, {@code ""} for none
 * @param dailyLimit           the daily limit as typed
 * @param windowDays           the ticked days
 * @param windowStart          {@code HH:mm}
 * @param windowEnd            {@code HH:mm}
 * @param windowZone           a time zone id
 * @param skipInOtherRunning   skip contacts in another running campaign
 * @param skipTextedWithinDays skip contacts texted within this many days, {@code ""} for no such rule
 */
public record CampaignFormView(String name, String audience, String messageA, String messageB, String dailyLimit,
                               List<String> windowDays, String windowStart, String windowEnd, String windowZone,
                               boolean skipInOtherRunning, String skipTextedWithinDays) {

    /** The audience select's value prefix for a list. */
    static final String LIST = "list-";
    /** The audience select's value prefix for a saved filter. */
    static final String FILTER = "filter-";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    public CampaignFormView {
        windowDays = List.copyOf(windowDays);
    }

    /** A new campaign's form: daily limit 125 and {@code window}, the default window in the business time zone. */
    static CampaignFormView defaults(SendingWindow window) {
        return new CampaignFormView("", "", "", "", Integer.toString(Campaign.DEFAULT_DAILY_LIMIT), days(window),
                TIME.format(window.start()), TIME.format(window.end()), window.zone().getId(), true, "");
    }

    /** The form filled from a saved campaign. */
    static CampaignFormView of(Campaign campaign) {
        SendingWindow window = campaign.window();
        String audience = switch (campaign.audience()) {
            case Audience.ListAudience list -> LIST + list.list().value();
            case Audience.FilterAudience filter -> FILTER + filter.filter().value();
        };
        return new CampaignFormView(campaign.name(), audience, campaign.messageA().text(),
                campaign.messageB() == null ? "" : campaign.messageB().text(), Integer.toString(campaign.dailyLimit()),
                days(window), TIME.format(window.start()), TIME.format(window.end()), window.zone().getId(),
                campaign.skipInOtherRunning(),
                campaign.skipTextedWithinDays() == null ? "" : campaign.skipTextedWithinDays().toString());
    }

    /** The posted form. */
    static CampaignFormView read(FormData data) {
        return new CampaignFormView(data.value("name"), data.value("audience").strip(), data.value("messageA"),
                data.value("messageB"), data.value("dailyLimit").strip(),
                data.all("windowDays").stream().map(it -> it.strip().toUpperCase(Locale.ROOT)).distinct().toList(),
                data.value("windowStart").strip(), data.value("windowEnd").strip(), data.value("windowZone").strip(),
                !data.value("skipInOtherRunning").isEmpty(), data.value("skipTextedWithinDays").strip());
    }

    /** The form as the use cases take it: the audience split into a list id or a filter id. */
    CampaignForm toForm() {
        String listId = "";
        String filterId = "";
        if (audience.startsWith(LIST)) {
            listId = audience.substring(LIST.length());
        } else if (audience.startsWith(FILTER)) {
            filterId = audience.substring(FILTER.length());
        } else if (!audience.isEmpty()) {
            listId = audience;
        }
        return new CampaignForm(name, listId, filterId, messageA, messageB, dailyLimit, windowDays, windowStart,
                windowEnd, windowZone, skipInOtherRunning, skipTextedWithinDays);
    }

    private static List<String> days(SendingWindow window) {
        return Arrays.stream(DayOfWeek.values()).filter(window.days()::contains).map(CampaignFormView::code).toList();
    }

    /** {@code MON} for Monday. */
    static String code(DayOfWeek day) {
        return day.name().substring(0, 3);
    }
}
