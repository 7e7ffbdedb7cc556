package com.attackacrack.crm.application.service.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.application.service.contact.ContactFixture;
import com.attackacrack.crm.domain.contact.Contact;
import com.attackacrack.crm.domain.property.Property;
import com.attackacrack.crm.domain.property.PropertyId;
import com.attackacrack.crm.domain.property.Relationship;
import org.junit.jupiter.api.Test;

class DeletePropertyServiceTest {

    private final ContactFixture given = new ContactFixture();
    private final DeletePropertyService service = new DeletePropertyService(given.properties);

    @Test
    void deletesThePropertyAndItsLinks() {
        Property home = given.givenProperty("1 Elm St", null);
        Contact ann = given.givenContact("Ann", null, null, null);
        given.properties.link(home.id(), ann.id(), Relationship.PRIMARY_OWNER, given.clock.instant());

        service.delete(home.id());

        assertThat(given.properties.findById(home.id())).isEmpty();
        assertThat(given.properties.propertiesOf(ann.id())).isEmpty();
    }

    @Test
    void anUnknownPropertyIsNotFound() {
        assertThatThrownBy(() -> service.delete(new PropertyId(4))).hasMessage("No property with id 4");
    }
}
