package com.attackacrack.crm.domain.campaign;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * When a campaign may send, in the business's time zone: the days of the week and the hours [start, end) on them.
 * Default: Monday to Friday, 09:00 to 18:00 in the business time zone. Times are wall-clock times in the zone, so the
 * window follows daylight saving changes.
 */
public record SendingWindow(Set<DayOfWeek> days, LocalTime start, LocalTime end, ZoneId zone) {

    /** How far ahead {@link #nextOpening} looks at first (covers every weekly window on an ordinary week). */
    private static final int FIRST_SEARCH_DAYS = 9;
    /** How far ahead it looks when a window falls entirely into a daylight saving gap on the days first searched. */
    private static final int LAST_SEARCH_DAYS = 400;

    public SendingWindow {
        if (days == null || days.isEmpty()) {
            throw com.attackacrack.crm.domain.shared.BusinessRuleException.invalid("Pick at least one sending day");
        }
        days = Set.copyOf(days);
        java.util.Objects.requireNonNull(start, "start");
        java.util.Objects.requireNonNull(end, "end");
        java.util.Objects.requireNonNull(zone, "zone");
        if (!start.isBefore(end)) {
            throw com.attackacrack.crm.domain.shared.BusinessRuleException.invalid(
                    "The sending window must start before it ends (" + start + " to " + end + ")");
        }
    }

    /** Monday to Friday, 09:00 to 18:00 in {@code zone} (the business time zone for a new campaign). */
    public static SendingWindow standard(ZoneId zone) {
        return new SendingWindow(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0),
                LocalTime.of(18, 0), zone);
    }

    /** True when {@code at} falls inside the window. */
    public boolean allows(Instant at) {
        LocalDateTime local = LocalDateTime.ofInstant(java.util.Objects.requireNonNull(at, "at"), zone);
        LocalTime time = local.toLocalTime();
        return days.contains(local.getDayOfWeek()) && !time.isBefore(start) && time.isBefore(end);
    }

    /**
     * {@code at} itself when inside the window, else the next instant the window opens. The window opens either when
     * the wall clock reaches {@code start} on a sending day (in a fall-back overlap, at the first of the two such
     * instants that is after {@code at}) or at a daylight saving transition that moves the clock into the window: a
     * start in the spring-forward gap (02:30 on a day the clock jumps from 02:00 to 03:00) opens at the jump, 03:00.
     */
    public Instant nextOpening(Instant at) {
        java.util.Objects.requireNonNull(at, "at");
        if (allows(at)) {
            return at;
        }
        Instant found = firstOpeningWithin(at, FIRST_SEARCH_DAYS);
        if (found == null) {
            found = firstOpeningWithin(at, LAST_SEARCH_DAYS);
        }
        if (found == null) {
            throw new IllegalStateException("The sending window " + this + " never opens after " + at);
        }
        return found;
    }

    /** The earliest instant after {@code at} when the window opens, looking {@code searchDays} days ahead; or null. */
    private Instant firstOpeningWithin(Instant at, int searchDays) {
        ZoneRules rules = zone.getRules();
        LocalDate first = LocalDate.ofInstant(at, zone).minusDays(1);
        Instant best = null;
        for (int i = 0; i <= searchDays + 1; i++) {
            LocalDate date = first.plusDays(i);
            if (!days.contains(date.getDayOfWeek())) {
                continue;
            }
            for (Instant candidate : startInstants(rules, date.atTime(start))) {
                best = earlier(best, candidate, at);
            }
        }
        Instant until = at.plus(Duration.ofDays(searchDays + 2L));
        for (ZoneOffsetTransition t = rules.nextTransition(at); t != null && t.getInstant().isBefore(until);
                t = rules.nextTransition(t.getInstant())) {
            best = earlier(best, t.getInstant(), at);
        }
        return best;
    }

    /** The instants at which the wall clock shows {@code local}; the end of the gap when it never does. */
    private static List<Instant> startInstants(ZoneRules rules, LocalDateTime local) {
        List<ZoneOffset> offsets = rules.getValidOffsets(local);
        if (offsets.isEmpty()) {
            return List.of(rules.getTransition(local).getInstant());
        }
        return offsets.stream().map(local::toInstant).toList();
    }

    private Instant earlier(Instant best, Instant candidate, Instant after) {
        if (!candidate.isAfter(after) || !allows(candidate)) {
            return best;
        }
        return best == null || candidate.isBefore(best) ? candidate : best;
    }
}
