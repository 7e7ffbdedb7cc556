package com.attackacrack.crm.application.port.in.contact;

import com.attackacrack.crm.domain.contact.Contact;

/** Creates a contact entered by hand; a phone or email another contact has is refused naming that contact. */
public interface CreateContactUseCase {

    Contact create(ContactForm form);
}
