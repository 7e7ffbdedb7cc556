package com.attackacrack.crm.application.port.in.property;

import com.attackacrack.crm.domain.contact.ContactId;
import com.attackacrack.crm.domain.property.PropertyId;
import com.attackacrack.crm.domain.property.Relationship;

/** Links a contact to a property with a relationship, or changes the relationship of an existing link. */
public interface LinkContactUseCase {

    void link(PropertyId property, ContactId contact, Relationship relationship);
}
