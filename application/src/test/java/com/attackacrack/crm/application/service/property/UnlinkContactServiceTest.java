package com.attackacrack.crm.application.service.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.application.service.contact.ContactFixture;
import com.attackacrack.crm.domain.contact.Contact;
import com.attackacrack.crm.domain.property.Property;
import com.attackacrack.crm.domain.property.Relationship;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;

class UnlinkContactServiceTest {

    private final ContactFixture given = new ContactFixture();
    private final UnlinkContactService service = new UnlinkContactService(given.properties);
    private final Contact ann = given.givenContact("Ann", "Lee", null, null);
    private final Property home = given.givenProperty("1 Elm St", null);

    @Test
    void removesTheLink() {
        given.properties.link(home.id(), ann.id(), Relationship.TENANT, given.clock.instant());

        service.unlink(home.id(), ann.id());

        assertThat(given.properties.propertiesOf(ann.id())).isEmpty();
    }

    @Test
    void notLinkedIsNotFound() {
        assertThatThrownBy(() -> service.unlink(home.id(), ann.id())).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("not linked");
    }
}
