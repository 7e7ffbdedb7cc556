package com.attackacrack.crm.application.service.contact;

import com.attackacrack.crm.application.port.out.ContactRepository;
import com.attackacrack.crm.domain.contact.Contact;
import com.attackacrack.crm.domain.contact.ContactId;
import com.attackacrack.crm.domain.shared.BusinessRuleException;

/** Lookups the contact services share. */
final class Contacts {

    private Contacts() {
    }

    /** The contact, or NOT_FOUND "No contact with id N". */
    static Contact require(ContactRepository contacts, ContactId id) {
        return contacts.findById(id).orElseThrow(() -> notFound(id));
    }

    static BusinessRuleException notFound(ContactId id) {
        return BusinessRuleException.notFound("No contact with id " + id);
    }
}
