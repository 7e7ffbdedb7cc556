package com.attackacrack.crm.application.service.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.application.service.contact.ContactFixture;
import com.attackacrack.crm.domain.property.Property;
import com.attackacrack.crm.domain.property.PropertyId;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;

class UpdatePropertyServiceTest {

    private final ContactFixture given = new ContactFixture();
    private final UpdatePropertyService service = new UpdatePropertyService(given.properties, given.transactions,
            given.clock);

    @Test
    void savesTheEdits() {
        Property home = given.givenProperty("1 Elm St", null);

        Property updated = service.update(home.id(), CreatePropertyServiceTest.form("2 Elm St", "357,000.00", null, null));

        assertThat(updated.details().address().street()).isEqualTo("2 Elm St");
        assertThat(updated.details().estimatedValue()).isEqualTo(357_000L);
        assertThat(given.properties.findById(home.id())).contains(updated);
    }

    @Test
    void anUnknownPropertyIsNotFound() {
        assertThatThrownBy(() -> service.update(new PropertyId(5), CreatePropertyServiceTest.form("1 Elm", null, null,
                null))).isInstanceOf(BusinessRuleException.class).hasMessage("No property with id 5");
    }
}
