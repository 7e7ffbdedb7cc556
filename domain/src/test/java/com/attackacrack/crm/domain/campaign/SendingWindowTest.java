package com.attackacrack.crm.domain.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.domain.shared.BusinessRuleException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SendingWindowTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final Set<DayOfWeek> EVERY_DAY = EnumSet.allOf(DayOfWeek.class);

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    private static SendingWindow daily(String start, String end, ZoneId zone) {
        return new SendingWindow(EVERY_DAY, LocalTime.parse(start), LocalTime.parse(end), zone);
    }

    @Test
    void theStandardWindowIsWeekdaysNineToSixInTheGivenZone() {
        SendingWindow standard = SendingWindow.standard(NEW_YORK);
        assertThat(standard.days()).containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
        assertThat(standard.start()).isEqualTo(LocalTime.of(9, 0));
        assertThat(standard.end()).isEqualTo(LocalTime.of(18, 0));
        assertThat(standard.zone()).isEqualTo(NEW_YORK);
        assertThat(SendingWindow.standard(ZoneId.of("America/Los_Angeles")).zone()).isEqualTo(ZoneId.of("America/Los_Angeles"));
    }

    @ParameterizedTest
    @CsvSource({
        // Wednesday 2026-07-15, EDT (UTC-4)
        "2026-07-15T13:00:00Z, true",   // 09:00, start is inside
        "2026-07-15T12:59:59Z, false",  // 08:59:59
        "2026-07-15T21:59:59Z, true",   // 17:59:59
        "2026-07-15T22:00:00Z, false",  // 18:00, end is outside
        // Saturday 2026-07-18 and Sunday 2026-07-19 at noon
        "2026-07-18T16:00:00Z, false",
        "2026-07-19T16:00:00Z, false",
        // Wednesday 2026-01-14, EST (UTC-5): 09:00 is 14:00Z, so 13:30Z is still 08:30
        "2026-01-14T13:30:00Z, false",
        "2026-01-14T14:00:00Z, true",
        // Monday 2026-03-09, the day after spring forward: 09:00 EDT is 13:00Z
        "2026-03-09T13:00:00Z, true",
        "2026-03-09T12:30:00Z, false",
        // Monday 2026-11-02, the day after fall back: 09:00 EST is 14:00Z
        "2026-11-02T13:30:00Z, false",
        "2026-11-02T14:00:00Z, true",
    })
    void allowsWeekdaysFromNineUntilSixWallClockTime(String instant, boolean allowed) {
        assertThat(SendingWindow.standard(NEW_YORK).allows(at(instant))).isEqualTo(allowed);
    }

    @Test
    void insideTheWindowTheNextOpeningIsNow() {
        Instant wednesdayNoon = at("2026-07-15T16:00:00Z");
        assertThat(SendingWindow.standard(NEW_YORK).nextOpening(wednesdayNoon)).isEqualTo(wednesdayNoon);
    }

    @Test
    void beforeTheStartItOpensAtTheStartTheSameDay() {
        assertThat(SendingWindow.standard(NEW_YORK).nextOpening(at("2026-07-15T10:00:00Z")))
                .isEqualTo(at("2026-07-15T13:00:00Z"));
    }

    @Test
    void afterTheEndItOpensTheNextMorning() {
        assertThat(SendingWindow.standard(NEW_YORK).nextOpening(at("2026-07-15T22:00:00Z")))
                .isEqualTo(at("2026-07-16T13:00:00Z"));
    }

    @Test
    void fridayEveningRollsToMondayMorning() {
        // Friday 2026-01-16 19:00 EST -> Monday 2026-01-19 09:00 EST
        assertThat(SendingWindow.standard(NEW_YORK).nextOpening(at("2026-01-17T00:00:00Z")))
                .isEqualTo(at("2026-01-19T14:00:00Z"));
        // Saturday and Sunday too
        assertThat(SendingWindow.standard(NEW_YORK).nextOpening(at("2026-01-17T15:00:00Z")))
                .isEqualTo(at("2026-01-19T14:00:00Z"));
        assertThat(SendingWindow.standard(NEW_YORK).nextOpening(at("2026-01-18T23:00:00Z")))
                .isEqualTo(at("2026-01-19T14:00:00Z"));
    }

    @Test
    void fridayEveningBeforeSpringForwardRollsToMondayNineInDaylightTime() {
        // Friday 2026-03-06 19:00 EST; the clocks go forward on Sunday 2026-03-08; Monday 09:00 EDT is 13:00Z
        assertThat(SendingWindow.standard(NEW_YORK).nextOpening(at("2026-03-07T00:00:00Z")))
                .isEqualTo(at("2026-03-09T13:00:00Z"));
    }

    @Test
    void fridayEveningBeforeFallBackRollsToMondayNineInStandardTime() {
        // Friday 2026-10-30 19:00 EDT; the clocks go back on Sunday 2026-11-01; Monday 09:00 EST is 14:00Z
        assertThat(SendingWindow.standard(NEW_YORK).nextOpening(at("2026-10-30T23:00:00Z")))
                .isEqualTo(at("2026-11-02T14:00:00Z"));
    }

    @Test
    void aStartInTheSpringForwardGapOpensWhenTheClockJumps() {
        // 2026-03-08 in New York: 01:59:59 EST is followed by 03:00 EDT (07:00Z); 02:30 never happens
        SendingWindow window = daily("02:30", "05:00", NEW_YORK);
        Instant oneAm = at("2026-03-08T06:00:00Z");
        assertThat(window.allows(oneAm)).isFalse();
        assertThat(window.nextOpening(oneAm)).isEqualTo(at("2026-03-08T07:00:00Z"));
        assertThat(window.allows(at("2026-03-08T07:00:00Z"))).isTrue();
        // the day before and after, it opens at 02:30 local as usual
        assertThat(window.nextOpening(at("2026-03-07T06:00:00Z"))).isEqualTo(at("2026-03-07T07:30:00Z"));
        assertThat(window.nextOpening(at("2026-03-08T09:00:00Z"))).isEqualTo(at("2026-03-09T06:30:00Z"));
    }

    @Test
    void aWindowEntirelyInTheGapOpensTheNextWeek() {
        // Sundays 02:10 to 02:50: on 2026-03-08 those times do not exist, so the next opening is 2026-03-15 02:10 EDT
        SendingWindow window = new SendingWindow(Set.of(DayOfWeek.SUNDAY), LocalTime.of(2, 10), LocalTime.of(2, 50),
                NEW_YORK);
        assertThat(window.nextOpening(at("2026-03-07T12:00:00Z"))).isEqualTo(at("2026-03-15T06:10:00Z"));
    }

    @Test
    void aStartInTheFallBackOverlapOpensAtItsFirstOccurrence() {
        // 2026-11-01 in New York: 01:00 to 01:59 happen twice, first in EDT (05:00Z-05:59Z) then in EST (06:00Z-06:59Z)
        SendingWindow window = daily("01:30", "04:00", NEW_YORK);
        assertThat(window.nextOpening(at("2026-11-01T04:00:00Z"))).isEqualTo(at("2026-11-01T05:30:00Z"));
        // at 02:00 EDT the clock goes back to 01:00 EST: 01:10 EST (the second pass) is before 01:30, so it is closed
        // again, and it reopens at 01:30 EST
        assertThat(window.allows(at("2026-11-01T06:10:00Z"))).isFalse();
        assertThat(window.nextOpening(at("2026-11-01T06:10:00Z"))).isEqualTo(at("2026-11-01T06:30:00Z"));
    }

    @Test
    void aShortWindowInTheOverlapOpensTwice() {
        SendingWindow window = daily("01:30", "01:45", NEW_YORK);
        assertThat(window.allows(at("2026-11-01T05:40:00Z"))).isTrue();  // 01:40 EDT
        assertThat(window.allows(at("2026-11-01T05:50:00Z"))).isFalse(); // 01:50 EDT
        assertThat(window.nextOpening(at("2026-11-01T05:50:00Z"))).isEqualTo(at("2026-11-01T06:30:00Z")); // 01:30 EST
        assertThat(window.nextOpening(at("2026-11-01T06:50:00Z"))).isEqualTo(at("2026-11-02T06:30:00Z")); // next day
    }

    @Test
    void fallingBackIntoTheWindowOpensItAtTheTransition() {
        // 00:30 to 01:20: at 01:25 EDT it is closed, and at 02:00 EDT the clock goes back to 01:00 EST, inside again
        SendingWindow window = daily("00:30", "01:20", NEW_YORK);
        assertThat(window.nextOpening(at("2026-11-01T05:25:00Z"))).isEqualTo(at("2026-11-01T06:00:00Z"));
    }

    @Test
    void honoluluHasNoDaylightSaving() {
        SendingWindow window = new SendingWindow(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0),
                LocalTime.of(18, 0), ZoneId.of("Pacific/Honolulu"));
        // 09:00 HST is 19:00Z in January and in July
        assertThat(window.nextOpening(at("2026-01-14T10:00:00Z"))).isEqualTo(at("2026-01-14T19:00:00Z"));
        assertThat(window.nextOpening(at("2026-07-15T10:00:00Z"))).isEqualTo(at("2026-07-15T19:00:00Z"));
        // across the New York spring-forward weekend nothing moves: Friday 2026-03-06 20:00 HST -> Monday 09:00 HST
        assertThat(window.nextOpening(at("2026-03-07T06:00:00Z"))).isEqualTo(at("2026-03-09T19:00:00Z"));
    }

    @Test
    void theNextOpeningIsAlwaysAllowedAndNothingEarlierIs() {
        SendingWindow window = SendingWindow.standard(NEW_YORK);
        Instant start = at("2026-02-27T00:00:00Z");
        for (int hour = 0; hour < 24 * 21; hour += 5) {
            Instant from = start.plusSeconds(hour * 3600L + 17 * 60L);
            Instant opening = window.nextOpening(from);
            assertThat(window.allows(opening)).isTrue();
            for (Instant t = from; t.isBefore(opening); t = t.plusSeconds(60)) {
                assertThat(window.allows(t)).as("%s before opening %s", t, opening).isFalse();
            }
        }
    }

    @Test
    void refusesAWindowThatDoesNotStartBeforeItEnds() {
        assertThatThrownBy(() -> daily("18:00", "09:00", NEW_YORK)).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("must start before it ends");
        assertThatThrownBy(() -> daily("09:00", "09:00", NEW_YORK)).isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void refusesNoDays() {
        assertThatThrownBy(() -> new SendingWindow(Set.of(), LocalTime.of(9, 0), LocalTime.of(18, 0), NEW_YORK))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("at least one sending day");
    }
}
