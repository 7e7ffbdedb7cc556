package com.attackacrack.crm.application.service.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.application.port.in.property.PropertyForm;
import com.attackacrack.crm.application.service.contact.ContactFixture;
import com.attackacrack.crm.domain.property.DuplicatePropertyException;
import com.attackacrack.crm.domain.property.Property;
import com.attackacrack.crm.domain.shared.InvalidFieldsException;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CreatePropertyServiceTest {

    private final ContactFixture given = new ContactFixture();
    private final CreatePropertyService service = new CreatePropertyService(given.properties, given.clock);

    @ParameterizedTest
    @ValueSource(strings = {"357000", "$357,000", "357,000.00", " $ 357,000 "})
    void moneyInAnyCommonSpellingIsWholeDollars(String value) {
        Property property = service.create(form("1 Elm St", value, null, null));

        assertThat(property.details().estimatedValue()).isEqualTo(357_000L);
        assertThat(property.source()).isEqualTo("manual");
    }

    @Test
    void parsesNumbersAndYesNoValuesAndTheMailingAddress() {
        Property property = service.create(new PropertyForm("1 Elm St", "Boston", "ma", "02110", "Single family", "A-1",
                "1925", "1,850", "3", "2.5", "$500,000", "-$5,000", "45%", "yes", "0", "", "PO Box 9", "Quincy", "MA",
                "02169"));

        assertThat(property.details().squareFeet()).isEqualTo(1850);
        assertThat(property.details().baths()).isEqualByComparingTo(new BigDecimal("2.5"));
        assertThat(property.details().estimatedEquity()).isEqualTo(-5_000L);
        assertThat(property.details().equityPercent()).isEqualTo(45);
        assertThat(property.details().ownerOccupied()).isTrue();
        assertThat(property.details().listedForSale()).isFalse();
        assertThat(property.details().foreclosure()).isNull();
        assertThat(property.details().address().state()).isEqualTo("MA");
        assertThat(property.details().mailingAddress().street()).isEqualTo("PO Box 9");
    }

    @Test
    void noMailingFieldsMeansNoMailingAddress() {
        assertThat(service.create(form("1 Elm St", null, null, null)).details().mailingAddress()).isNull();
    }

    @Test
    void reportsEveryBadFieldTogether() {
        PropertyForm form = new PropertyForm(" ", "Boston", "Mass", "2110", null, "a".repeat(61), "1492", "big", "-1",
                "two", "lots", "$1.2.3", "150", "maybe", "si", "nope", null, "Quincy", null, null);

        assertThatThrownBy(() -> service.create(form)).isInstanceOfSatisfying(InvalidFieldsException.class,
                e -> assertThat(e.problems()).containsOnlyKeys("street", "state", "zip", "apn", "yearBuilt", "squareFeet",
                        "beds", "baths", "estimatedValue", "estimatedEquity", "equityPercent", "ownerOccupied",
                        "listedForSale", "foreclosure", "mailingStreet"));
    }

    @Test
    void aTakenApnNamesTheExistingProperty() {
        Property existing = given.givenProperty("9 Pine St", "APN-1");

        assertThatThrownBy(() -> service.create(form("1 Elm St", null, "APN-1", null)))
                .isInstanceOfSatisfying(DuplicatePropertyException.class,
                        e -> assertThat(e.existing()).isEqualTo(existing.id()));
    }

    static PropertyForm form(String street, String value, String apn, String mailingStreet) {
        return new PropertyForm(street, "Boston", "MA", "02110", null, apn, null, null, null, null, value, null, null,
                null, null, null, mailingStreet, null, null, null);
    }
}
