package com.attackacrack.crm.application.service.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.application.service.contact.ContactFixture;
import com.attackacrack.crm.domain.contact.Contact;
import com.attackacrack.crm.domain.property.LinkedContact;
import com.attackacrack.crm.domain.property.Property;
import com.attackacrack.crm.domain.property.PropertyId;
import com.attackacrack.crm.domain.property.Relationship;
import org.junit.jupiter.api.Test;

class GetPropertyServiceTest {

    private final ContactFixture given = new ContactFixture();
    private final GetPropertyService service = new GetPropertyService(given.properties, given.transactions);

    @Test
    void readsThePropertyWithItsContactsPrimaryOwnerFirst() {
        Property home = given.givenProperty("1 Elm St", null);
        Contact tenant = given.givenContact("Tia", null, null, null);
        Contact owner = given.givenContact("Olu", null, null, null);
        given.properties.link(home.id(), tenant.id(), Relationship.TENANT, given.clock.instant());
        given.properties.link(home.id(), owner.id(), Relationship.PRIMARY_OWNER, given.clock.instant());

        assertThat(service.get(home.id()).contacts()).extracting(LinkedContact::contact).containsExactly(owner, tenant);
    }

    @Test
    void anUnknownPropertyIsNotFound() {
        assertThatThrownBy(() -> service.get(new PropertyId(4))).hasMessage("No property with id 4");
    }
}
