package com.attackacrack.crm.domain.campaign;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The recipient's quiet hours: never text before 08:00 or from 21:00 on in the recipient's local time. A number whose
 * area spans several zones may be texted only when it is allowed in every one of them.
 */
public final class QuietHours {

    /** The first local time a recipient may be texted. */
    public static final LocalTime FROM = LocalTime.of(8, 0);
    /** The local time from which a recipient may no longer be texted. */
    public static final LocalTime UNTIL = LocalTime.of(21, 0);

    /** Rounds of "move to the latest next opening" before giving up; each round crosses at least one zone's opening. */
    private static final int MAX_ROUNDS_BASE = 16;
    private static final int MAX_ROUNDS_PER_ZONE = 4;

    private static final Set<DayOfWeek> EVERY_DAY = EnumSet.allOf(DayOfWeek.class);

    private QuietHours() {
    }

    /** True when {@code at} is between 08:00 and 21:00 in every one of {@code zones} (at least one zone is required). */
    public static boolean allows(Instant at, Collection<ZoneId> zones) {
        Objects.requireNonNull(at, "at");
        return windows(zones).stream().allMatch(window -> window.allows(at));
    }

    /**
     * {@code at} itself when allowed, else the first later instant allowed in every zone. IllegalArgumentException when
     * the zones share no daytime hours at all (three or more zones spread round the globe can; real numbers do not).
     */
    public static Instant nextAllowed(Instant at, Collection<ZoneId> zones) {
        Objects.requireNonNull(at, "at");
        List<SendingWindow> windows = windows(zones);
        Instant candidate = at;
        int rounds = MAX_ROUNDS_BASE + MAX_ROUNDS_PER_ZONE * windows.size();
        for (int round = 0; round < rounds; round++) {
            Instant latest = candidate;
            boolean allowedEverywhere = true;
            for (SendingWindow window : windows) {
                Instant opening = window.nextOpening(candidate);
                if (!opening.equals(candidate)) {
                    allowedEverywhere = false;
                }
                if (opening.isAfter(latest)) {
                    latest = opening;
                }
            }
            if (allowedEverywhere) {
                return candidate;
            }
            // No zone allows anything before its own next opening, so nothing before the latest of them is allowed
            // everywhere: moving there never skips an allowed instant.
            candidate = latest;
        }
        throw new IllegalArgumentException("The time zones " + windows.stream().map(SendingWindow::zone).toList()
                + " share no hours between " + FROM + " and " + UNTIL);
    }

    private static List<SendingWindow> windows(Collection<ZoneId> zones) {
        Objects.requireNonNull(zones, "zones");
        if (zones.isEmpty()) {
            throw new IllegalArgumentException("Quiet hours need at least one time zone");
        }
        return new LinkedHashSet<>(zones).stream().map(zone -> new SendingWindow(EVERY_DAY, FROM, UNTIL,
                Objects.requireNonNull(zone, "zone"))).toList();
    }
}
