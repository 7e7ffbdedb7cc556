package com.attackacrack.crm.application.port.in.contact;

import com.attackacrack.crm.domain.contact.Contact;
import com.attackacrack.crm.domain.contact.ContactId;

/** Saves edits to a contact with the same checks as creating one. */
public interface UpdateContactUseCase {

    Contact update(ContactId id, ContactForm form);
}
