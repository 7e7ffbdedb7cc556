package com.attackacrack.crm.adapters.in.web.contact;

import com.attackacrack.crm.adapters.in.web.listing.Formats;
import com.attackacrack.crm.application.port.in.contact.GetContactUseCase.ContactDetail;
import com.attackacrack.crm.domain.contact.Contact;
import com.attackacrack.crm.domain.contact.ContactDetails;
import com.attackacrack.crm.domain.property.LinkedProperty;
import java.util.List;

/**
 * A contact as its detail page shows it; absent values are {@code ""}.
 *
 * @param id            contact id
 * @param name          display name
 * @param firstName     first name
 * @param lastName      last name
 * @param phone         phone in display form
 * @param phoneE164     phone in E.164 form
 * @param email         email address
 * @param leadSource    where the lead came from
 * @param customer      whether they are a customer
 * @param customerSince the day they became a customer
 * @param notes         free-text notes
 * @param optedOut      whether they opted out of texts
 * @param optOutReason  why they opted out
 * @param optedOutAt    when they opted out
 * @param source        where the record came from (an import, or typed in)
 * @param created       when the record was created
 * @param updated       when it last changed
 * @param properties    the linked properties
 */
public record ContactView(long id, String name, String firstName, String lastName, String phone, String phoneE164, String email,
                          String leadSource, boolean customer, String customerSince, String notes, boolean optedOut,
                          String optOutReason, String optedOutAt, String source, String created, String updated,
                          List<LinkedPropertyView> properties) {

    /**
     * A property linked to the contact.
     *
     * @param id           property id
     * @param address      one-line address
     * @param relationship the contact's relationship to it
     */
    public record LinkedPropertyView(long id, String address, String relationship) {

        /** The view of a linked property. */
        public static LinkedPropertyView from(LinkedProperty linked) {
            return new LinkedPropertyView(linked.property().id().value(), linked.property().details().address().oneLine(),
                    linked.relationship().label());
        }
    }

    /** The detail page's view of a contact and its properties. */
    public static ContactView from(ContactDetail detail) {
        Contact contact = detail.contact();
        ContactDetails details = contact.details();
        return new ContactView(contact.id().value(), contact.displayName(), Formats.text(details.firstName()),
                Formats.text(details.lastName()), details.phone() == null ? "" : details.phone().display(),
                Formats.text(details.phone()), Formats.text(details.email()), Formats.text(details.leadSource()),
                contact.isCustomer(), Formats.day(details.customerSince()), Formats.text(details.notes()),
                contact.optedOut().isPresent(), contact.optedOut().map(it -> it.reason()).orElse(""),
                contact.optedOut().map(it -> Formats.moment(it.at())).orElse(""), Formats.source(contact.source()),
                Formats.moment(contact.createdAt()), Formats.moment(contact.updatedAt()),
                detail.properties().stream().map(LinkedPropertyView::from).toList());
    }
}
