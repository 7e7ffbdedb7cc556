package com.attackacrack.crm.domain.property;

import com.attackacrack.crm.domain.contact.Contact;

/** A contact as seen from one of its properties, with the contact's relationship to it. */
public record LinkedContact(Contact contact, Relationship relationship) {
}
