package com.attackacrack.crm.application.service.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.domain.contact.Contact;
import com.attackacrack.crm.domain.contact.ContactId;
import com.attackacrack.crm.domain.property.Property;
import com.attackacrack.crm.domain.property.Relationship;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;

class DeleteContactServiceTest {

    private final ContactFixture given = new ContactFixture();
    private final DeleteContactService service = new DeleteContactService(given.contacts);

    @Test
    void deletesTheContactAndItsLinks() {
        Contact ann = given.givenContact("Ann", "Lee", null, null);
        Property home = given.givenProperty("1 Elm St", null);
        given.properties.link(home.id(), ann.id(), Relationship.PRIMARY_OWNER, given.clock.instant());

        service.delete(ann.id());

        assertThat(given.contacts.findById(ann.id())).isEmpty();
        assertThat(given.properties.contactsOf(home.id())).isEmpty();
    }

    @Test
    void anUnknownContactIsNotFound() {
        assertThatThrownBy(() -> service.delete(new ContactId(3))).isInstanceOf(BusinessRuleException.class)
                .hasMessage("No contact with id 3");
    }
}
