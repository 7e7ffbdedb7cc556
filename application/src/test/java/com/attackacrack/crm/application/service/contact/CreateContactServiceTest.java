package com.attackacrack.crm.application.service.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.application.port.in.contact.ContactForm;
import com.attackacrack.crm.domain.contact.Contact;
import com.attackacrack.crm.domain.contact.DuplicateContactException;
import com.attackacrack.crm.domain.shared.InvalidFieldsException;
import com.attackacrack.crm.domain.shared.PhoneNumber;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CreateContactServiceTest {

    private final ContactFixture given = new ContactFixture();
    private final CreateContactService service = new CreateContactService(given.contacts, given.phones, given.clock);

    @Test
    void createsAManualContactWithANormalisedPhoneAndEmail() {
        Contact contact = service.create(new ContactForm(" Ann ", "Lee", "(617) 555-0123", " Ann@Example.COM ", "Referral",
                "2025-01-31", "Met at the show"));

        assertThat(contact.details().phone()).isEqualTo(new PhoneNumber("+16175550123"));
        assertThat(contact.details().email().value()).isEqualTo("ann@example.com");
        assertThat(contact.details().firstName()).isEqualTo("Ann");
        assertThat(contact.details().customerSince()).isEqualTo(LocalDate.of(2025, 1, 31));
        assertThat(contact.source()).isEqualTo("manual");
        assertThat(contact.createdAt()).isEqualTo(given.clock.instant());
        assertThat(given.contacts.findById(contact.id())).contains(contact);
    }

    @Test
    void reportsEveryBadFieldTogether() {
        ContactForm form = new ContactForm("x".repeat(101), "y".repeat(101), "555-0123", "not-an-email", "z".repeat(101),
                "31/01/2025", "n".repeat(10_001));

        assertThatThrownBy(() -> service.create(form)).isInstanceOfSatisfying(InvalidFieldsException.class,
                e -> assertThat(e.problems()).containsOnlyKeys("firstName", "lastName", "phone", "email", "leadSource",
                        "customerSince", "notes"));
    }

    @Test
    void aContactWithoutNamePhoneOrEmailIsRefusedUnderName() {
        assertThatThrownBy(() -> service.create(ContactFixture.form(" ", null, "", null)))
                .isInstanceOfSatisfying(InvalidFieldsException.class,
                        e -> assertThat(e.problems()).containsOnlyKeys("name"));
    }

    @Test
    void aCustomerSinceDateInTheFutureIsRefused() {
        ContactForm form = new ContactForm("Ann", null, null, null, null, "2026-03-11", null);

        assertThatThrownBy(() -> service.create(form)).isInstanceOfSatisfying(InvalidFieldsException.class,
                e -> assertThat(e.problems().get("customerSince")).contains("future"));
    }

    @Test
    void todayIsNotInTheFuture() {
        Contact contact = service.create(new ContactForm("Ann", null, null, null, null, "2026-03-10", null));

        assertThat(contact.isCustomer()).isTrue();
    }

    @Test
    void aDuplicatePhoneInAnotherSpellingNamesTheExistingContact() {
        Contact existing = given.givenContact("Bob", "Ray", "+16175550123", null);

        assertThatThrownBy(() -> service.create(ContactFixture.form("Ann", null, "617.555.0123", null)))
                .isInstanceOfSatisfying(DuplicateContactException.class, e -> {
                    assertThat(e.existing()).isEqualTo(existing.id());
                    assertThat(e.field()).isEqualTo(DuplicateContactException.Field.PHONE);
                });
    }

    @Test
    void aDuplicateEmailNamesTheExistingContact() {
        Contact existing = given.givenContact("Bob", "Ray", null, "bob@example.com");

        assertThatThrownBy(() -> service.create(ContactFixture.form("Ann", null, null, "BOB@example.com")))
                .isInstanceOfSatisfying(DuplicateContactException.class,
                        e -> assertThat(e.existing()).isEqualTo(existing.id()));
    }
}
