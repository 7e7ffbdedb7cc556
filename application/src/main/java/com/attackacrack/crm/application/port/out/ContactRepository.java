package com.attackacrack.crm.application.port.out;

import com.attackacrack.crm.domain.contact.Contact;
import com.attackacrack.crm.domain.contact.ContactDetails;
import com.attackacrack.crm.domain.contact.ContactFilter;
import com.attackacrack.crm.domain.contact.ContactId;
import com.attackacrack.crm.domain.contact.ContactSort;
import com.attackacrack.crm.domain.contact.ContactSummary;
import com.attackacrack.crm.domain.shared.Page;
import com.attackacrack.crm.domain.shared.PageRequest;
import com.attackacrack.crm.domain.shared.PhoneNumber;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

/** Stores contacts; phone and email are unique (the database decides, so concurrent creates cannot both win). */
public interface ContactRepository {

    /** Throws DuplicateContactException naming the existing contact when the phone or email is taken. */
    Contact create(ContactDetails details, String source, Instant now);

    /** Throws DuplicateContactException as create does, BusinessRuleException NOT_FOUND for an unknown id. */
    Contact update(ContactId id, ContactDetails details, Instant now);

    /** Deletes the contact and its property links; false when there was no such contact. */
    boolean delete(ContactId id);

    Optional<Contact> findById(ContactId id);

    /** The contact with this phone number (phones are unique). */
    Optional<Contact> findByPhone(PhoneNumber phone);

    /** One page of matching contacts with the total that match, in a constant number of statements. */
    Page<ContactSummary> list(ContactFilter filter, ContactSort sort, PageRequest page);

    /** Streams every matching contact to the sink in order, without holding them all in memory; returns how many. */
    long export(ContactFilter filter, ContactSort sort, Consumer<ContactSummary> sink);
}
