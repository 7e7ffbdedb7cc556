package com.attackacrack.crm.application.fakes;

import com.attackacrack.crm.domain.contact.ContactId;
import com.attackacrack.crm.domain.property.PropertyId;
import com.attackacrack.crm.domain.property.Relationship;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The link table shared by the two in-memory repositories: one relationship per property and contact. */
final class PropertyContactLinks {

    record Key(PropertyId property, ContactId contact) {
    }

    private final Map<Key, Relationship> links = new LinkedHashMap<>();

    synchronized void put(PropertyId property, ContactId contact, Relationship relationship) {
        links.put(new Key(property, contact), relationship);
    }

    synchronized boolean remove(PropertyId property, ContactId contact) {
        return links.remove(new Key(property, contact)) != null;
    }

    synchronized Optional<Relationship> relationship(PropertyId property, ContactId contact) {
        return Optional.ofNullable(links.get(new Key(property, contact)));
    }

    synchronized Map<PropertyId, Relationship> propertiesOf(ContactId contact) {
        Map<PropertyId, Relationship> result = new LinkedHashMap<>();
        links.forEach((key, relationship) -> {
            if (key.contact().equals(contact)) {
                result.put(key.property(), relationship);
            }
        });
        return result;
    }

    synchronized Map<ContactId, Relationship> contactsOf(PropertyId property) {
        Map<ContactId, Relationship> result = new LinkedHashMap<>();
        links.forEach((key, relationship) -> {
            if (key.property().equals(property)) {
                result.put(key.contact(), relationship);
            }
        });
        return result;
    }

    synchronized int countForContact(ContactId contact) {
        return (int) links.keySet().stream().filter(key -> key.contact().equals(contact)).count();
    }

    synchronized int countForProperty(PropertyId property) {
        return (int) links.keySet().stream().filter(key -> key.property().equals(property)).count();
    }

    synchronized void removeContact(ContactId contact) {
        links.keySet().removeIf(key -> key.contact().equals(contact));
    }

    synchronized void removeProperty(PropertyId property) {
        links.keySet().removeIf(key -> key.property().equals(property));
    }
}
