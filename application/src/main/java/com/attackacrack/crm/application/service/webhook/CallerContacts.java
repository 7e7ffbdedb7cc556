package com.attackacrack.crm.application.service.webhook;

import com.attackacrack.crm.application.port.out.ContactRepository;
import com.attackacrack.crm.domain.contact.Contact;
import com.attackacrack.crm.domain.contact.ContactDetails;
import com.attackacrack.crm.domain.contact.DuplicateContactException;
import com.attackacrack.crm.domain.shared.PhoneNumber;
import java.time.Instant;

/** Finds the contact a text or call belongs to by phone, creating an "Unknown caller" for a number the CRM has not seen. */
final class CallerContacts {

    static final String UNKNOWN_CALLER = "Unknown caller";
    static final String SOURCE = "openphone";

    private final ContactRepository contacts;

    CallerContacts(ContactRepository contacts) {
        this.contacts = contacts;
    }

    Contact findOrCreate(PhoneNumber phone, Instant now) {
        return contacts.findByPhone(phone).orElseGet(() -> create(phone, now));
    }

    private Contact create(PhoneNumber phone, Instant now) {
        try {
            return contacts.create(new ContactDetails(UNKNOWN_CALLER, null, phone, null, null, null, null), SOURCE, now);
        } catch (DuplicateContactException e) {
            // Another event for the same new number created the contact first.
            return contacts.findByPhone(phone).orElseThrow(() -> e);
        }
    }
}
