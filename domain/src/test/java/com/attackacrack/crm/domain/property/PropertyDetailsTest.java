package com.attackacrack.crm.domain.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PropertyDetailsTest {

    private static final Address HOME = new Address("1 Elm St", null, null, null);

    @Test
    void blankApnAndTypeAreNull() {
        PropertyDetails details = new PropertyDetails(HOME, " ", " ", null, null, null, null, null, null, null, null, null,
                null, null);

        assertThat(details.apn()).isNull();
        assertThat(details.propertyType()).isNull();
    }

    @Test
    void checksRanges() {
        assertThatThrownBy(() -> new PropertyDetails(HOME, null, null, 1500, null, null, null, null, null, null, null, null,
                null, null)).hasMessageContaining("Year built must be from 1600");
        assertThatThrownBy(() -> new PropertyDetails(HOME, null, null, null, null, null, new BigDecimal("-1"), null, null,
                null, null, null, null, null)).hasMessageContaining("Baths");
        assertThatThrownBy(() -> new PropertyDetails(HOME, null, null, null, null, null, null, -1L, null, null, null, null,
                null, null)).hasMessageContaining("Estimated value");
        assertThatThrownBy(() -> new PropertyDetails(HOME, null, null, null, null, null, null, null, null, 101, null, null,
                null, null)).hasMessageContaining("Equity %");
    }

    @Test
    void anAddressIsRequired() {
        assertThatThrownBy(() -> new PropertyDetails(null, null, null, null, null, null, null, null, null, null, null, null,
                null, null)).isInstanceOf(NullPointerException.class);
    }
}
