package com.attackacrack.crm.application.port.out;

import com.attackacrack.crm.domain.contact.ContactId;
import com.attackacrack.crm.domain.property.LinkedContact;
import com.attackacrack.crm.domain.property.LinkedProperty;
import com.attackacrack.crm.domain.property.Property;
import com.attackacrack.crm.domain.property.PropertyDetails;
import com.attackacrack.crm.domain.property.PropertyFilter;
import com.attackacrack.crm.domain.property.PropertyId;
import com.attackacrack.crm.domain.property.PropertySort;
import com.attackacrack.crm.domain.property.PropertySummary;
import com.attackacrack.crm.domain.property.Relationship;
import com.attackacrack.crm.domain.shared.Page;
import com.attackacrack.crm.domain.shared.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Stores properties (APN unique when present) and their links to contacts (one link per property and contact). */
public interface PropertyRepository {

    /** Throws DuplicatePropertyException naming the existing property when the APN is taken. */
    Property create(PropertyDetails details, String source, Instant now);

    Property update(PropertyId id, PropertyDetails details, Instant now);

    /** Deletes the property and its links; false when there was no such property. */
    boolean delete(PropertyId id);

    Optional<Property> findById(PropertyId id);

    Page<PropertySummary> list(PropertyFilter filter, PropertySort sort, PageRequest page);

    long export(PropertyFilter filter, PropertySort sort, Consumer<PropertySummary> sink);

    /** Links the contact to the property, or changes the relationship of an existing link. */
    void link(PropertyId property, ContactId contact, Relationship relationship, Instant now);

    /** False when there was no such link. */
    boolean unlink(PropertyId property, ContactId contact);

    /** The contact's properties, primary ownership first, in one statement. */
    List<LinkedProperty> propertiesOf(ContactId contact);

    /** The property's contacts, primary owner first, in one statement. */
    List<LinkedContact> contactsOf(PropertyId property);
}
