package com.attackacrack.crm.application.service.contact;

import com.attackacrack.crm.application.port.in.contact.ContactForm;
import com.attackacrack.crm.application.port.in.contact.CreateContactUseCase;
import com.attackacrack.crm.application.port.out.ContactRepository;
import com.attackacrack.crm.application.port.out.PhoneNormaliser;
import com.attackacrack.crm.domain.contact.Contact;
import java.time.Clock;

/** Creates a contact typed in by hand (source "manual"); a taken phone or email fails naming the existing contact. */
public final class CreateContactService implements CreateContactUseCase {

    static final String SOURCE = "manual";

    private final ContactRepository contacts;
    private final ContactFormParser parser;
    private final Clock clock;

    public CreateContactService(ContactRepository contacts, PhoneNormaliser phones, Clock clock) {
        this.contacts = contacts;
        this.parser = new ContactFormParser(phones, clock);
        this.clock = clock;
    }

    @Override
    public Contact create(ContactForm form) {
        return contacts.create(parser.parse(form), SOURCE, clock.instant());
    }
}
