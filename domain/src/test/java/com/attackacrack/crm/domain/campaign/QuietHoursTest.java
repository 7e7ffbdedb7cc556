package com.attackacrack.crm.domain.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuietHoursTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
    private static final ZoneId HONOLULU = ZoneId.of("Pacific/Honolulu");

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    @ParameterizedTest
    @CsvSource({
        "2026-07-15T11:59:59Z, false", // 07:59:59 EDT
        "2026-07-15T12:00:00Z, true",  // 08:00 EDT
        "2026-07-16T00:59:59Z, true",  // 20:59:59 EDT
        "2026-07-16T01:00:00Z, false", // 21:00 EDT
        "2026-01-15T12:30:00Z, false", // 07:30 EST
        "2026-01-15T13:00:00Z, true",  // 08:00 EST
        "2026-07-18T14:00:00Z, true",  // a Saturday: quiet hours apply every day, weekends are not quiet
    })
    void allowsEightToNineLocalTime(String instant, boolean allowed) {
        assertThat(QuietHours.allows(at(instant), List.of(NEW_YORK))).isEqualTo(allowed);
    }

    @Test
    void needsAtLeastOneZone() {
        assertThatThrownBy(() -> QuietHours.allows(Instant.EPOCH, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QuietHours.nextAllowed(Instant.EPOCH, Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLosAngelesRecipientWaitsWhileChicagoIsAlreadyAwake() {
        Instant nineInChicago = at("2026-07-15T14:00:00Z"); // 09:00 CDT, 07:00 PDT
        assertThat(QuietHours.allows(nineInChicago, List.of(CHICAGO))).isTrue();
        assertThat(QuietHours.allows(nineInChicago, List.of(LOS_ANGELES))).isFalse();
        assertThat(QuietHours.nextAllowed(nineInChicago, List.of(CHICAGO))).isEqualTo(nineInChicago);
        assertThat(QuietHours.nextAllowed(nineInChicago, List.of(LOS_ANGELES))).isEqualTo(at("2026-07-15T15:00:00Z"));
    }

    @Test
    void aNumberInTwoZonesIsTextedOnlyWhenBothAreAwake() {
        Set<ZoneId> both = Set.of(CHICAGO, LOS_ANGELES);
        // morning: Chicago opens first, Los Angeles two hours later
        assertThat(QuietHours.nextAllowed(at("2026-07-15T10:00:00Z"), both)).isEqualTo(at("2026-07-15T15:00:00Z"));
        // evening: 21:30 CDT / 19:30 PDT; Chicago reopens at 08:00 CDT (13:00Z) when it is 06:00 in Los Angeles,
        // so the answer is 08:00 PDT
        Instant evening = at("2026-07-16T02:30:00Z");
        assertThat(QuietHours.allows(evening, List.of(LOS_ANGELES))).isTrue();
        assertThat(QuietHours.allows(evening, both)).isFalse();
        assertThat(QuietHours.nextAllowed(evening, both)).isEqualTo(at("2026-07-16T15:00:00Z"));
    }

    @Test
    void honoluluIsTheSameOffsetAllYear() {
        assertThat(QuietHours.nextAllowed(at("2026-01-15T12:00:00Z"), List.of(HONOLULU)))
                .isEqualTo(at("2026-01-15T18:00:00Z"));
        assertThat(QuietHours.nextAllowed(at("2026-07-15T12:00:00Z"), List.of(HONOLULU)))
                .isEqualTo(at("2026-07-15T18:00:00Z"));
        // 21:00 HST is 07:00Z the next day
        assertThat(QuietHours.allows(at("2026-07-16T06:59:00Z"), List.of(HONOLULU))).isTrue();
        assertThat(QuietHours.allows(at("2026-07-16T07:00:00Z"), List.of(HONOLULU))).isFalse();
    }

    @Test
    void springForwardInNewYork() {
        // 2026-03-08: 03:30 EDT -> 08:00 EDT (12:00Z), an hour earlier in UTC than the day before (13:00Z)
        assertThat(QuietHours.nextAllowed(at("2026-03-08T07:30:00Z"), List.of(NEW_YORK)))
                .isEqualTo(at("2026-03-08T12:00:00Z"));
        assertThat(QuietHours.nextAllowed(at("2026-03-07T07:30:00Z"), List.of(NEW_YORK)))
                .isEqualTo(at("2026-03-07T13:00:00Z"));
        // Saturday 21:30 EST -> Sunday 08:00 EDT
        assertThat(QuietHours.nextAllowed(at("2026-03-08T02:30:00Z"), List.of(NEW_YORK)))
                .isEqualTo(at("2026-03-08T12:00:00Z"));
    }

    @Test
    void fallBackInNewYork() {
        // 2026-11-01 01:30 EDT (the first pass) -> 08:00 EST (13:00Z)
        assertThat(QuietHours.nextAllowed(at("2026-11-01T05:30:00Z"), List.of(NEW_YORK)))
                .isEqualTo(at("2026-11-01T13:00:00Z"));
        // the evening: 21:00 EST is 02:00Z the next day
        assertThat(QuietHours.allows(at("2026-11-02T01:59:00Z"), List.of(NEW_YORK))).isTrue();
        assertThat(QuietHours.allows(at("2026-11-02T02:00:00Z"), List.of(NEW_YORK))).isFalse();
    }

    @Test
    void findsTheNarrowDaytimeSharedAcrossNorthAmerica() {
        // what a toll-free number maps to: Guam to Newfoundland, 08:00-21:00 everywhere is only 22:00Z-23:30Z in July
        Set<ZoneId> zones = Set.of(ZoneId.of("Pacific/Guam"), ZoneId.of("Pacific/Pago_Pago"), ZoneId.of("America/Adak"),
                HONOLULU, LOS_ANGELES, NEW_YORK, ZoneId.of("America/St_Johns"));
        assertThat(QuietHours.nextAllowed(at("2026-07-15T12:00:00Z"), zones)).isEqualTo(at("2026-07-15T22:00:00Z"));
        assertThat(QuietHours.allows(at("2026-07-15T23:29:00Z"), zones)).isTrue();
        assertThat(QuietHours.allows(at("2026-07-15T23:30:00Z"), zones)).isFalse();
        assertThat(QuietHours.nextAllowed(at("2026-07-15T23:30:00Z"), zones)).isEqualTo(at("2026-07-16T22:00:00Z"));
    }

    @Test
    void theAnswerIsTheFirstAllowedMinute() {
        List<List<ZoneId>> zoneSets = List.of(List.of(NEW_YORK), List.of(CHICAGO, LOS_ANGELES),
                List.of(NEW_YORK, HONOLULU), List.of(ZoneId.of("America/St_Johns"), LOS_ANGELES),
                List.of(ZoneId.of("Europe/London"), NEW_YORK));
        Instant start = at("2026-03-05T00:00:00Z");
        for (List<ZoneId> zones : zoneSets) {
            for (int hour = 0; hour < 24 * 10; hour += 7) {
                Instant from = start.plusSeconds(hour * 3600L);
                Instant next = QuietHours.nextAllowed(from, zones);
                assertThat(QuietHours.allows(next, zones)).isTrue();
                for (Instant t = from; t.isBefore(next); t = t.plusSeconds(60)) {
                    assertThat(QuietHours.allows(t, zones)).as("%s %s before %s", zones, t, next).isFalse();
                }
            }
        }
    }

    @Test
    void zonesWithNoSharedDaytimeAreRefusedRatherThanLoopingForever() {
        // 08:00-21:00 at UTC, UTC+8 and UTC-8 never overlap all three
        List<ZoneId> zones = List.of(ZoneId.of("UTC"), ZoneId.of("Etc/GMT-8"), ZoneId.of("Etc/GMT+8"));
        assertThatThrownBy(() -> QuietHours.nextAllowed(at("2026-07-15T12:00:00Z"), zones))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("share no hours");
    }
}
