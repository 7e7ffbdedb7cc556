package com.attackacrack.crm.application.service.property;

import com.attackacrack.crm.application.port.in.property.LinkContactUseCase;
import com.attackacrack.crm.application.port.out.ContactRepository;
import com.attackacrack.crm.application.port.out.PropertyRepository;
import com.attackacrack.crm.application.port.out.TransactionRunner;
import com.attackacrack.crm.domain.contact.ContactId;
import com.attackacrack.crm.domain.property.PropertyId;
import com.attackacrack.crm.domain.property.Relationship;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import java.time.Clock;
import java.util.Objects;

/** Links a contact to a property, or changes the relationship; NOT_FOUND names whichever of the two is missing. */
public final class LinkContactService implements LinkContactUseCase {

    private final PropertyRepository properties;
    private final ContactRepository contacts;
    private final TransactionRunner transactions;
    private final Clock clock;

    public LinkContactService(PropertyRepository properties, ContactRepository contacts, TransactionRunner transactions,
                              Clock clock) {
        this.properties = properties;
        this.contacts = contacts;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void link(PropertyId property, ContactId contact, Relationship relationship) {
        Objects.requireNonNull(relationship, "relationship");
        transactions.inTransaction(() -> {
            Properties.require(properties, property);
            if (contacts.findById(contact).isEmpty()) {
                throw BusinessRuleException.notFound("No contact with id " + contact);
            }
            properties.link(property, contact, relationship, clock.instant());
        });
    }
}
