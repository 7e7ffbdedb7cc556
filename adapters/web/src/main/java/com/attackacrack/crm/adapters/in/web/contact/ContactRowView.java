package com.attackacrack.crm.adapters.in.web.contact;

import com.attackacrack.crm.adapters.in.web.listing.Formats;
import com.attackacrack.crm.domain.contact.Contact;
import com.attackacrack.crm.domain.contact.ContactDetails;
import com.attackacrack.crm.domain.contact.ContactSummary;

/**
 * One row of the contact list as the page shows it; absent values are {@code ""}.
 *
 * @param id            contact id
 * @param name          display name (name, else phone, else email)
 * @param phone         phone in display form
 * @param email         email address
 * @param leadSource    where the lead came from
 * @param customer      customer (true) or prospect
 * @param optedOut      whether they opted out of texts
 * @param propertyCount how many properties are linked
 * @param created       creation day
 * @param createdIso    creation time, ISO-8601
 */
public record ContactRowView(long id, String name, String phone, String email, String leadSource, boolean customer,
                             boolean optedOut, int propertyCount, String created, String createdIso) {

    /** The row for a contact summary. */
    public static ContactRowView from(ContactSummary summary) {
        Contact contact = summary.contact();
        ContactDetails details = contact.details();
        return new ContactRowView(contact.id().value(), contact.displayName(),
                details.phone() == null ? "" : details.phone().display(), Formats.text(details.email()),
                Formats.text(details.leadSource()), contact.isCustomer(), contact.optedOut().isPresent(),
                summary.propertyCount(), Formats.day(contact.createdAt()), Formats.iso(contact.createdAt()));
    }
}
