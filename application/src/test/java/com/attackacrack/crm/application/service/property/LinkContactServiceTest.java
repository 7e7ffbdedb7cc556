package com.attackacrack.crm.application.service.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.application.service.contact.ContactFixture;
import com.attackacrack.crm.domain.contact.Contact;
import com.attackacrack.crm.domain.contact.ContactId;
import com.attackacrack.crm.domain.property.LinkedContact;
import com.attackacrack.crm.domain.property.Property;
import com.attackacrack.crm.domain.property.PropertyId;
import com.attackacrack.crm.domain.property.Relationship;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import com.attackacrack.crm.domain.shared.BusinessRuleException.Kind;
import org.junit.jupiter.api.Test;

class LinkContactServiceTest {

    private final ContactFixture given = new ContactFixture();
    private final LinkContactService service = new LinkContactService(given.properties, given.contacts,
            given.transactions, given.clock);
    private final Contact ann = given.givenContact("Ann", "Lee", null, null);
    private final Property home = given.givenProperty("1 Elm St", null);

    @Test
    void linksAndThenChangesTheRelationship() {
        service.link(home.id(), ann.id(), Relationship.TENANT);
        service.link(home.id(), ann.id(), Relationship.PRIMARY_OWNER);

        assertThat(given.properties.contactsOf(home.id())).extracting(LinkedContact::relationship)
                .containsExactly(Relationship.PRIMARY_OWNER);
    }

    @Test
    void anUnknownPropertyIsNamed() {
        assertThatThrownBy(() -> service.link(new PropertyId(9), ann.id(), Relationship.OTHER))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.kind()).isEqualTo(Kind.NOT_FOUND))
                .hasMessage("No property with id 9");
    }

    @Test
    void anUnknownContactIsNamed() {
        assertThatThrownBy(() -> service.link(home.id(), new ContactId(9), Relationship.OTHER))
                .hasMessage("No contact with id 9");
    }
}
