package com.attackacrack.crm.bootstrap;

import com.attackacrack.crm.adapters.out.persistence.JdbiContactRepository;
import com.attackacrack.crm.adapters.out.persistence.JdbiPropertyRepository;
import com.attackacrack.crm.adapters.out.persistence.JdbiTransactionRunner;
import com.attackacrack.crm.adapters.out.phone.LibPhoneNumberNormaliser;
import com.attackacrack.crm.application.port.out.ContactRepository;
import com.attackacrack.crm.application.port.out.PhoneNormaliser;
import com.attackacrack.crm.application.port.out.PropertyRepository;
import com.attackacrack.crm.application.port.out.TransactionRunner;
import com.attackacrack.crm.application.service.contact.CreateContactService;
import com.attackacrack.crm.application.service.contact.DeleteContactService;
import com.attackacrack.crm.application.service.contact.ExportContactsService;
import com.attackacrack.crm.application.service.contact.GetContactService;
import com.attackacrack.crm.application.service.contact.ListContactsService;
import com.attackacrack.crm.application.service.contact.UpdateContactService;
import com.attackacrack.crm.application.service.property.CreatePropertyService;
import com.attackacrack.crm.application.service.property.DeletePropertyService;
import com.attackacrack.crm.application.service.property.ExportPropertiesService;
import com.attackacrack.crm.application.service.property.GetPropertyService;
import com.attackacrack.crm.application.service.property.LinkContactService;
import com.attackacrack.crm.application.service.property.ListPropertiesService;
import com.attackacrack.crm.application.service.property.UnlinkContactService;
import com.attackacrack.crm.application.service.property.UpdatePropertyService;
import java.time.Clock;

/** Wires the contact and property use cases (the CRM's core records) onto PostgreSQL and the phone normaliser. */
final class RecordServices {

    private final ContactRepository contacts;
    private final PropertyRepository properties;
    private final TransactionRunner transactions;
    private final PhoneNormaliser phones = new LibPhoneNumberNormaliser();
    private final Clock clock;

    RecordServices(Infrastructure infrastructure, Clock clock) {
        this.contacts = new JdbiContactRepository(infrastructure.jdbi());
        this.properties = new JdbiPropertyRepository(infrastructure.jdbi());
        this.transactions = new JdbiTransactionRunner(infrastructure.jdbi());
        this.clock = clock;
    }

    ListContactsService listContacts() {
        return new ListContactsService(contacts, phones);
    }

    ExportContactsService exportContacts() {
        return new ExportContactsService(contacts, phones);
    }

    CreateContactService createContact() {
        return new CreateContactService(contacts, phones, clock);
    }

    UpdateContactService updateContact() {
        return new UpdateContactService(contacts, phones, transactions, clock);
    }

    GetContactService getContact() {
        return new GetContactService(contacts, properties, transactions);
    }

    DeleteContactService deleteContact() {
        return new DeleteContactService(contacts);
    }

    ListPropertiesService listProperties() {
        return new ListPropertiesService(properties);
    }

    ExportPropertiesService exportProperties() {
        return new ExportPropertiesService(properties);
    }

    CreatePropertyService createProperty() {
        return new CreatePropertyService(properties, clock);
    }

    UpdatePropertyService updateProperty() {
        return new UpdatePropertyService(properties, transactions, clock);
    }

    GetPropertyService getProperty() {
        return new GetPropertyService(properties, transactions);
    }

    DeletePropertyService deleteProperty() {
        return new DeletePropertyService(properties);
    }

    LinkContactService linkContact() {
        return new LinkContactService(properties, contacts, transactions, clock);
    }

    UnlinkContactService unlinkContact() {
        return new UnlinkContactService(properties);
    }
}
