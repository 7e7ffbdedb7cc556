package com.attackacrack.crm.domain.property;

/** A property as seen from one of its contacts, with the contact's relationship to it. */
public record LinkedProperty(Property property, Relationship relationship) {
}
