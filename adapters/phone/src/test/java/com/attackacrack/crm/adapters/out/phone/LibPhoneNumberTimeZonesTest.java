package com.attackacrack.crm.adapters.out.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.domain.shared.PhoneNumber;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LibPhoneNumberTimeZonesTest {

    private final LibPhoneNumberTimeZones timeZones = new LibPhoneNumberTimeZones();

    private Set<ZoneId> zonesOf(String e164) {
        return timeZones.zonesOf(new PhoneNumber(e164));
    }

    @ParameterizedTest
    @CsvSource({
        "+16175550123, America/New_York",
        "+12135550123, America/Los_Angeles",
        "+18085550123, Pacific/Honolulu",
        "+13125550123, America/Chicago",
        "+14165550123, America/Toronto",
        "+16045550123, America/Vancouver",
        "+442079460958, Europe/London",
        "+33142685300, Europe/Paris",
    })
    void aGeographicNumberIsInItsAreasZone(String e164, String zone) {
        assertThat(zonesOf(e164)).containsExactly(ZoneId.of(zone));
    }

    @Test
    void aUkMobileIsInEveryZoneOfTheUkNumberingPlan() {
        // UK mobiles are not tied to an area: libphonenumber answers with the +44 plan's zones (all on UK time).
        assertThat(zonesOf("+447911123456")).containsExactlyInAnyOrder(ZoneId.of("Europe/London"),
                ZoneId.of("Europe/Guernsey"), ZoneId.of("Europe/Isle_of_Man"), ZoneId.of("Europe/Jersey"));
    }

    @Test
    void aTollFreeNumberHasNoZoneOfItsOwn() {
        // libphonenumber answers with every zone of +1 (Guam to Newfoundland) for toll-free numbers, which would leave
        // them a 90-minute daytime; they say nothing about where their owner is, so they count as unknown and callers
        // use the business's time zone.
        assertThat(zonesOf("+18005550123")).isEmpty();
        assertThat(zonesOf("+18885550199")).isEmpty();
    }

    @Test
    void aNumberLibphonenumberDoesNotKnowHasNoZones() {
        // area code 123 does not exist: the mapper says "Etc/Unknown", which we turn into no zones
        assertThat(zonesOf("+11235550123")).isEmpty();
    }

    @Test
    void anUnknownCountryCodeHasNoZones() {
        assertThat(zonesOf("+999123456789")).isEmpty();
    }

    @Test
    void theAnswerCannotBeChanged() {
        Set<ZoneId> zones = zonesOf("+16175550123");
        assertThatThrownBy(() -> zones.add(ZoneId.of("UTC")))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
