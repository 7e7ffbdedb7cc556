package com.attackacrack.crm.bootstrap;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Phone numbers whose owners are in daytime now, for end-to-end tests that send campaigns on the real clock: quiet
 * hours (08:00-21:00 in the recipient's zone) would hold back texts to a zone where it is night.
 */
final class DaytimeNumbers {

    /** A zone and a pattern of valid numbers there ({@code %04d} is replaced by a sequence number). */
    private record Region(ZoneId zone, String pattern) {
    }

    private static final List<Region> REGIONS = List.of(
            new Region(ZoneId.of("America/New_York"), "+1617555%04d"),
            new Region(ZoneId.of("Pacific/Honolulu"), "+1808555%04d"),
            new Region(ZoneId.of("Europe/London"), "+4479111%05d"),
            new Region(ZoneId.of("Asia/Calcutta"), "+91987654%04d"),
            new Region(ZoneId.of("Asia/Tokyo"), "+8190123%05d"),
            new Region(ZoneId.of("Australia/Sydney"), "+61412%06d"));

    private DaytimeNumbers() {
    }

    /** Every region's zone with a sample number, for the test that checks libphonenumber places them there. */
    static java.util.Map<ZoneId, String> samples() {
        java.util.Map<ZoneId, String> samples = new java.util.LinkedHashMap<>();
        REGIONS.forEach(region -> samples.put(region.zone(), String.format(region.pattern(), 100)));
        return samples;
    }

    /** {@code count} distinct numbers in one zone where it is between 09:00 and 19:00 now. */
    static List<String> now(int count) {
        Instant now = Instant.now();
        for (Region region : REGIONS) {
            LocalTime local = now.atZone(region.zone()).toLocalTime();
            if (!local.isBefore(LocalTime.of(9, 0)) && local.isBefore(LocalTime.of(19, 0))) {
                List<String> numbers = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    numbers.add(String.format(region.pattern(), 100 + i));
                }
                return numbers;
            }
        }
        throw new IllegalStateException("no region is in daytime at " + now);
    }
}
