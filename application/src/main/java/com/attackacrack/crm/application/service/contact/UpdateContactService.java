package com.attackacrack.crm.application.service.contact;

import com.attackacrack.crm.application.port.in.contact.ContactForm;
import com.attackacrack.crm.application.port.in.contact.UpdateContactUseCase;
import com.attackacrack.crm.application.port.out.ContactRepository;
import com.attackacrack.crm.application.port.out.PhoneNormaliser;
import com.attackacrack.crm.application.port.out.TransactionRunner;
import com.attackacrack.crm.domain.contact.Contact;
import com.attackacrack.crm.domain.contact.ContactDetails;
import com.attackacrack.crm.domain.contact.ContactId;
import java.time.Clock;

/** Saves edits to a contact with the same checks as creating one (NOT_FOUND for an unknown id). */
public final class UpdateContactService implements UpdateContactUseCase {

    private final ContactRepository contacts;
    private final TransactionRunner transactions;
    private final ContactFormParser parser;
    private final Clock clock;

    public UpdateContactService(ContactRepository contacts, PhoneNormaliser phones, TransactionRunner transactions,
                                Clock clock) {
        this.contacts = contacts;
        this.transactions = transactions;
        this.parser = new ContactFormParser(phones, clock);
        this.clock = clock;
    }

    @Override
    public Contact update(ContactId id, ContactForm form) {
        return transactions.inTransaction(() -> {
            Contacts.require(contacts, id);
            ContactDetails details = parser.parse(form);
            return contacts.update(id, details, clock.instant());
        });
    }
}
