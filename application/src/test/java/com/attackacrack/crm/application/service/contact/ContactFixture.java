package com.attackacrack.crm.application.service.contact;

import com.attackacrack.crm.application.fakes.DirectTransactionRunner;
import com.attackacrack.crm.application.fakes.InMemoryContactRepository;
import com.attackacrack.crm.application.fakes.InMemoryPropertyRepository;
import com.attackacrack.crm.application.fakes.MutableClock;
import com.attackacrack.crm.application.fakes.SimplePhoneNormaliser;
import com.attackacrack.crm.application.port.in.contact.ContactForm;
import com.attackacrack.crm.domain.contact.Contact;
import com.attackacrack.crm.domain.contact.ContactDetails;
import com.attackacrack.crm.domain.property.Address;
import com.attackacrack.crm.domain.property.Property;
import com.attackacrack.crm.domain.property.PropertyDetails;
import com.attackacrack.crm.domain.shared.EmailAddress;
import com.attackacrack.crm.domain.shared.PhoneNumber;
import java.time.Instant;

/** The fakes the contact and property service tests share, with given... helpers. */
public final class ContactFixture {

    public final MutableClock clock = new MutableClock(Instant.parse("2026-03-10T12:00:00Z"));
    public final InMemoryContactRepository contacts = new InMemoryContactRepository();
    public final InMemoryPropertyRepository properties = new InMemoryPropertyRepository(contacts);
    public final SimplePhoneNormaliser phones = new SimplePhoneNormaliser();
    public final DirectTransactionRunner transactions = new DirectTransactionRunner();

    public Contact givenContact(String first, String last, String phone, String email) {
        return contacts.create(new ContactDetails(first, last, phone == null ? null : new PhoneNumber(phone),
                email == null ? null : EmailAddress.parse(email), null, null, null), "import", clock.instant());
    }

    public Property givenProperty(String street, String apn) {
        return properties.create(new PropertyDetails(new Address(street, "Boston", "MA", "02110"), null, apn, null, null,
                null, null, null, null, null, null, null, null, null), "import", clock.instant());
    }

    public static ContactForm form(String first, String last, String phone, String email) {
        return new ContactForm(first, last, phone, email, null, null, null);
    }
}
