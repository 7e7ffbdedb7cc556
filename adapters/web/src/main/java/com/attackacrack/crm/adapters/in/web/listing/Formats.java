package com.attackacrack.crm.adapters.in.web.listing;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the contact and property pages write dates, times, money and yes/no; times in UTC until a business zone exists. */
public final class Formats {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private Formats() {
    }

    /** {@code 2 Jan 2025}, the UTC day of the instant; {@code ""} for null. */
    public static String day(Instant instant) {
        return instant == null ? "" : DAY.format(instant.atZone(ZoneOffset.UTC));
    }

    /** {@code 2 Jan 2025}; {@code ""} for null. */
    public static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    /** {@code 2 Jan 2025, 03:04 UTC}; {@code ""} for null. */
    public static String moment(Instant instant) {
        return instant == null ? "" : MOMENT.format(instant);
    }

    /** ISO-8601 for {@code <time datetime>}; {@code ""} for null. */
    public static String iso(Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    /** {@code $1,234,567} (whole dollars); {@code ""} for null. */
    public static String money(Long dollars) {
        if (dollars == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.US);
        format.setMaximumFractionDigits(0);
        return format.format(dollars);
    }

    /** {@code 1,234}; {@code ""} for null. */
    public static String number(Number number) {
        return number == null ? "" : NumberFormat.getIntegerInstance(Locale.US).format(number);
    }

    /** {@code Yes}, {@code No}, or {@code ""} when unknown. */
    public static String yesNo(Boolean value) {
        if (value == null) {
            return "";
        }
        return value ? "Yes" : "No";
    }

    /** Where a record came from, for people: typed in by hand, or the import's own name. */
    public static String source(String source) {
        if (source == null || source.isBlank() || "manual".equals(source)) {
            return "Entered by hand";
        }
        return source;
    }

    /** {@code ""} for null, else the text. */
    public static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
