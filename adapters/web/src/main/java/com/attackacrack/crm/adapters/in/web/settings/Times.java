package com.attackacrack.crm.adapters.in.web.settings;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Formats instants for the settings pages, in UTC until the business time zone is configurable. */
public final class Times {

    private static final DateTimeFormatter HUMAN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    /** E.g. {@code 9 Jan 2025, 14:05 UTC}. */
    public String human(Instant instant) {
        return HUMAN.format(instant);
    }
}
