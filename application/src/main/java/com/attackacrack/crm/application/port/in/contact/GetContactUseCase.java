package com.attackacrack.crm.application.port.in.contact;

import com.attackacrack.crm.domain.contact.Contact;
import com.attackacrack.crm.domain.contact.ContactId;
import com.attackacrack.crm.domain.property.LinkedProperty;
import java.util.List;

/** A contact with its linked properties, for the detail page (NOT_FOUND for an unknown id). */
public interface GetContactUseCase {

    ContactDetail get(ContactId id);

    /** The contact and its properties. */
    record ContactDetail(Contact contact, List<LinkedProperty> properties) {
        public ContactDetail {
            properties = List.copyOf(properties);
        }
    }
}
