package com.attackacrack.crm.application.port.in.property;

import com.attackacrack.crm.domain.contact.ContactId;
import com.attackacrack.crm.domain.property.PropertyId;

/** Removes the link between a contact and a property (NOT_FOUND when they were not linked). */
public interface UnlinkContactUseCase {

    void unlink(PropertyId property, ContactId contact);
}
