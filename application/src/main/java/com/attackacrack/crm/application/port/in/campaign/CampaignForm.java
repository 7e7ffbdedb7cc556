package com.attackacrack.crm.application.port.in.campaign;

import java.util.List;

/**
 * A campaign as typed into its form, unparsed: exactly one of the audience list id and saved filter id; message A
 * required, message B optional (an A/B split); daily limit (blank: 125); window days as day names or their first three
 * letters (none: Monday to Friday), start and end as {@code HH:mm} (blank: 09:00 and 18:00) and a time zone id (blank:
 * the business time zone); skip-texted-within-days blank or 1 to 365. The service reports every bad field at once
 * (InvalidFieldsException keyed by these component names, "audience" for the audience).
 */
public record CampaignForm(String name, String audienceListId, String audienceFilterId, String messageA,
                           String messageB, String dailyLimit, List<String> windowDays, String windowStart,
                           String windowEnd, String windowZone, boolean skipInOtherRunning,
                           String skipTextedWithinDays) {

    public CampaignForm {
        windowDays = windowDays == null ? List.of() : List.copyOf(windowDays);
    }
}
