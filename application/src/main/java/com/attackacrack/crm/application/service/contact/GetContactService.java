package com.attackacrack.crm.application.service.contact;

import com.attackacrack.crm.application.port.in.contact.GetContactUseCase;
import com.attackacrack.crm.application.port.out.ContactRepository;
import com.attackacrack.crm.application.port.out.PropertyRepository;
import com.attackacrack.crm.application.port.out.TransactionRunner;
import com.attackacrack.crm.domain.contact.Contact;
import com.attackacrack.crm.domain.contact.ContactId;

/** Reads a contact and its linked properties, primary ownership first, in one transaction. */
public final class GetContactService implements GetContactUseCase {

    private final ContactRepository contacts;
    private final PropertyRepository properties;
    private final TransactionRunner transactions;

    public GetContactService(ContactRepository contacts, PropertyRepository properties, TransactionRunner transactions) {
        this.contacts = contacts;
        this.properties = properties;
        this.transactions = transactions;
    }

    @Override
    public ContactDetail get(ContactId id) {
        return transactions.inTransaction(() -> {
            Contact contact = Contacts.require(contacts, id);
            return new ContactDetail(contact, properties.propertiesOf(id));
        });
    }
}
