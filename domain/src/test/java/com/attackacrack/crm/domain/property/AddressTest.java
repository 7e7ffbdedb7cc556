package com.attackacrack.crm.domain.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AddressTest {

    @Test
    void upperCasesTheStateAndPrintsOneLine() {
        Address address = new Address(" 404 Main Street ", "Waltham", "ma", "02451");

        assertThat(address.state()).isEqualTo("MA");
        assertThat(address.oneLine()).isEqualTo("404 Main Street, Waltham MA 02451");
        assertThat(new Address("1 Elm St", null, null, null).oneLine()).isEqualTo("1 Elm St");
    }

    @Test
    void acceptsZipPlusFour() {
        assertThat(new Address("1 Elm St", null, null, "02451-1234").zip()).isEqualTo("02451-1234");
    }

    @Test
    void refusesAMissingStreetABadStateAndABadZip() {
        assertThatThrownBy(() -> new Address(" ", null, null, null)).hasMessage("Street address is required");
        assertThatThrownBy(() -> new Address("1 Elm", null, "Mass", null)).hasMessageContaining("two-letter");
        assertThatThrownBy(() -> new Address("1 Elm", null, null, "2451")).hasMessageContaining("ZIP must be 5 digits");
    }
}
