package com.attackacrack.crm.application.service.campaign;

import com.attackacrack.crm.application.port.in.campaign.CampaignForm;
import com.attackacrack.crm.application.port.out.CampaignDraft;
import com.attackacrack.crm.application.port.out.CampaignListRepository;
import com.attackacrack.crm.application.port.out.SavedFilterRepository;
import com.attackacrack.crm.application.service.form.FieldProblems;
import com.attackacrack.crm.domain.campaign.Audience;
import com.attackacrack.crm.domain.campaign.Campaign;
import com.attackacrack.crm.domain.campaign.CampaignListId;
import com.attackacrack.crm.domain.campaign.MessageTemplate;
import com.attackacrack.crm.domain.campaign.SavedFilterId;
import com.attackacrack.crm.domain.campaign.SendingWindow;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Turns a {@link CampaignForm} into a checked {@link CampaignDraft}, or an InvalidFieldsException naming every bad
 * field; an audience list or filter that does not exist is NOT_FOUND naming it. What the form leaves blank in the
 * sending window comes from the standard window in the business time zone.
 */
final class CampaignFormParser {

    static final int MAX_NAME = 100;
    static final int MAX_DAILY_LIMIT = 10_000;
    static final int MAX_SKIP_DAYS = 365;

    private final CampaignListRepository lists;
    private final SavedFilterRepository filters;
    private final SendingWindow standard;

    CampaignFormParser(CampaignListRepository lists, SavedFilterRepository filters, ZoneId businessZone) {
        this.lists = lists;
        this.filters = filters;
        this.standard = SendingWindow.standard(Objects.requireNonNull(businessZone, "businessZone"));
    }

    /** The window a new campaign starts with: the standard one in the business zone. */
    SendingWindow standardWindow() {
        return standard;
    }

    CampaignDraft parse(CampaignForm form) {
        FieldProblems problems = new FieldProblems();
        String name = form.name() == null ? "" : form.name().strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            problems.add("name", "Name must be 1 to " + MAX_NAME + " characters");
        }
        Audience audience = audience(form, problems);
        MessageTemplate messageA = message("messageA", "Message A", form.messageA(), problems);
        if (messageA == null && !problems.has("messageA")) {
            problems.add("messageA", "Message A is required");
        }
        MessageTemplate messageB = message("messageB", "Message B", form.messageB(), problems);
        Integer dailyLimit = problems.parse("dailyLimit", form.dailyLimit(),
                raw -> number(raw, "Daily limit", 1, MAX_DAILY_LIMIT));
        SendingWindow window = window(form, problems);
        Integer skipDays = problems.parse("skipTextedWithinDays", form.skipTextedWithinDays(),
                raw -> number(raw, "'Skip contacts texted within'", 1, MAX_SKIP_DAYS));
        problems.throwIfAny();
        checkExists(audience);
        return new CampaignDraft(name, audience, messageA, messageB,
                dailyLimit == null ? Campaign.DEFAULT_DAILY_LIMIT : dailyLimit, window, form.skipInOtherRunning(),
                skipDays);
    }

    private static Audience audience(CampaignForm form, FieldProblems problems) {
        boolean hasList = form.audienceListId() != null && !form.audienceListId().isBlank();
        boolean hasFilter = form.audienceFilterId() != null && !form.audienceFilterId().isBlank();
        if (hasList == hasFilter) {
            problems.add("audience", "Pick one audience: a list or a saved filter");
            return null;
        }
        if (hasList) {
            Long id = problems.parse("audience", form.audienceListId(), raw -> id(raw, "list"));
            return id == null ? null : new Audience.ListAudience(new CampaignListId(id));
        }
        Long id = problems.parse("audience", form.audienceFilterId(), raw -> id(raw, "saved filter"));
        return id == null ? null : new Audience.FilterAudience(new SavedFilterId(id));
    }

    private void checkExists(Audience audience) {
        switch (audience) {
            case Audience.ListAudience list -> {
                if (lists.find(list.list()).isEmpty()) {
                    throw BusinessRuleException.notFound("No campaign list with id " + list.list());
                }
            }
            case Audience.FilterAudience filter -> {
                if (filters.find(filter.filter()).isEmpty()) {
                    throw BusinessRuleException.notFound("No saved filter with id " + filter.filter());
                }
            }
        }
    }

    private static MessageTemplate message(String field, String label, String raw, FieldProblems problems) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return MessageTemplate.parse(raw.strip());
        } catch (BusinessRuleException e) {
            problems.add(field, label + ": " + e.getMessage());
            return null;
        }
    }

    private SendingWindow window(CampaignForm form, FieldProblems problems) {
        Set<DayOfWeek> days = form.windowDays().stream().allMatch(d -> d == null || d.isBlank())
                ? standard.days() : days(form, problems);
        LocalTime start = problems.parse("windowStart", form.windowStart(), raw -> time(raw, "Start"));
        LocalTime end = problems.parse("windowEnd", form.windowEnd(), raw -> time(raw, "End"));
        ZoneId zone = problems.parse("windowZone", form.windowZone(), CampaignFormParser::zone);
        if (days == null || problems.has("windowStart") || problems.has("windowEnd") || problems.has("windowZone")) {
            return null;
        }
        try {
            return new SendingWindow(days, start == null ? standard.start() : start, end == null ? standard.end() : end,
                    zone == null ? standard.zone() : zone);
        } catch (BusinessRuleException e) {
            problems.add("windowEnd", e.getMessage());
            return null;
        }
    }

    private static Set<DayOfWeek> days(CampaignForm form, FieldProblems problems) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String raw : form.windowDays()) {
            if (raw == null || raw.isBlank()) {
                continue;
            }
            DayOfWeek day = day(raw.strip().toUpperCase(Locale.ROOT));
            if (day == null) {
                problems.add("windowDays", "'" + raw.strip() + "' is not a day of the week");
                return null;
            }
            days.add(day);
        }
        return days;
    }

    private static DayOfWeek day(String word) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().equals(word) || day.name().substring(0, 3).equals(word)) {
                return day;
            }
        }
        return null;
    }

    private static LocalTime time(String raw, String label) {
        try {
            return LocalTime.parse(raw);
        } catch (DateTimeParseException e) {
            throw BusinessRuleException.invalid(label + " time must be like 09:00, was '" + raw + "'");
        }
    }

    private static ZoneId zone(String raw) {
        try {
            return ZoneId.of(raw);
        } catch (DateTimeException e) {
            throw BusinessRuleException.invalid("'" + raw + "' is not a time zone (use a name like America/New_York)");
        }
    }

    private static int number(String raw, String label, int min, int max) {
        int value;
        try {
            value = Integer.parseInt(raw.replace(",", ""));
        } catch (NumberFormatException e) {
            throw BusinessRuleException.invalid(label + " must be a whole number, was '" + raw + "'");
        }
        if (value < min || value > max) {
            throw BusinessRuleException.invalid(label + " must be " + min + " to " + String.format(Locale.ROOT, "%,d", max)
                    + ", was " + value);
        }
        return value;
    }

    private static long id(String raw, String what) {
        try {
            long value = Long.parseLong(raw);
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw BusinessRuleException.invalid("'" + raw + "' is not a " + what + " id");
    }
}
