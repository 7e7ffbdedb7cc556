package com.attackacrack.crm.application.service.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.domain.contact.Contact;
import com.attackacrack.crm.domain.contact.ContactId;
import com.attackacrack.crm.domain.contact.DuplicateContactException;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import com.attackacrack.crm.domain.shared.BusinessRuleException.Kind;
import com.attackacrack.crm.domain.shared.InvalidFieldsException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class UpdateContactServiceTest {

    private final ContactFixture given = new ContactFixture();
    private final UpdateContactService service = new UpdateContactService(given.contacts, given.phones,
            given.transactions, given.clock);
    private final Contact ann = given.givenContact("Ann", "Lee", "+16175550123", null);

    @Test
    void savesTheEditedFields() {
        given.clock.advance(Duration.ofHours(1));

        Contact updated = service.update(ann.id(), ContactFixture.form("Anne", "Lee", "617-555-0123", "anne@example.com"));

        assertThat(updated.details().firstName()).isEqualTo("Anne");
        assertThat(updated.details().email().value()).isEqualTo("anne@example.com");
        assertThat(updated.updatedAt()).isEqualTo(given.clock.instant());
        assertThat(updated.source()).isEqualTo(ann.source());
        assertThat(given.transactions.units()).isEqualTo(1);
    }

    @Test
    void anotherContactsPhoneIsADuplicate() {
        Contact bob = given.givenContact("Bob", null, "+16175550199", null);

        assertThatThrownBy(() -> service.update(ann.id(), ContactFixture.form("Ann", null, "(617) 555-0199", null)))
                .isInstanceOfSatisfying(DuplicateContactException.class, e -> assertThat(e.existing()).isEqualTo(bob.id()));
    }

    @Test
    void badFieldsAreReportedTogether() {
        assertThatThrownBy(() -> service.update(ann.id(), ContactFixture.form("Ann", null, "12", "@")))
                .isInstanceOfSatisfying(InvalidFieldsException.class,
                        e -> assertThat(e.problems()).containsOnlyKeys("phone", "email"));
    }

    @Test
    void anUnknownContactIsNotFound() {
        assertThatThrownBy(() -> service.update(new ContactId(99), ContactFixture.form("Ann", null, null, null)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.kind()).isEqualTo(Kind.NOT_FOUND))
                .hasMessage("No contact with id 99");
    }
}
