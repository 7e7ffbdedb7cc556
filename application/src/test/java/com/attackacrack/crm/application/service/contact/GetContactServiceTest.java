package com.attackacrack.crm.application.service.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.application.port.in.contact.GetContactUseCase.ContactDetail;
import com.attackacrack.crm.domain.contact.Contact;
import com.attackacrack.crm.domain.contact.ContactId;
import com.attackacrack.crm.domain.property.LinkedProperty;
import com.attackacrack.crm.domain.property.Property;
import com.attackacrack.crm.domain.property.Relationship;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;

class GetContactServiceTest {

    private final ContactFixture given = new ContactFixture();
    private final GetContactService service = new GetContactService(given.contacts, given.properties, given.transactions);

    @Test
    void readsTheContactWithItsPropertiesPrimaryOwnershipFirst() {
        Contact ann = given.givenContact("Ann", "Lee", null, null);
        Property rented = given.givenProperty("1 Elm St", null);
        Property owned = given.givenProperty("2 Oak St", null);
        given.properties.link(rented.id(), ann.id(), Relationship.TENANT, given.clock.instant());
        given.properties.link(owned.id(), ann.id(), Relationship.PRIMARY_OWNER, given.clock.instant());

        ContactDetail detail = service.get(ann.id());

        assertThat(detail.contact()).isEqualTo(ann);
        assertThat(detail.properties()).extracting(LinkedProperty::relationship)
                .containsExactly(Relationship.PRIMARY_OWNER, Relationship.TENANT);
    }

    @Test
    void anUnknownContactIsNotFound() {
        assertThatThrownBy(() -> service.get(new ContactId(7))).isInstanceOf(BusinessRuleException.class)
                .hasMessage("No contact with id 7");
    }
}
