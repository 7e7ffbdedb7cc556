package com.attackacrack.crm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.adapters.out.phone.LibPhoneNumberTimeZones;
import com.attackacrack.crm.domain.shared.PhoneNumber;
import org.junit.jupiter.api.Test;

/** The end-to-end tests' daytime numbers really are placed in their zones by the time-zone lookup campaigns use. */
class DaytimeNumbersTest {

    @Test
    void everySampleNumberIsInItsZone() {
        LibPhoneNumberTimeZones zones = new LibPhoneNumberTimeZones();
        DaytimeNumbers.samples().forEach((zone, number) ->
                assertThat(zones.zonesOf(new PhoneNumber(number))).as(number).contains(zone));
        assertThat(DaytimeNumbers.now(3)).hasSize(3).doesNotHaveDuplicates();
    }
}
