package com.attackacrack.crm.adapters.in.web.property;

import com.attackacrack.crm.adapters.in.web.listing.Formats;
import com.attackacrack.crm.application.port.in.property.GetPropertyUseCase.PropertyDetail;
import com.attackacrack.crm.domain.contact.Contact;
import com.attackacrack.crm.domain.property.LinkedContact;
import com.attackacrack.crm.domain.property.Property;
import com.attackacrack.crm.domain.property.PropertyDetails;
import java.util.List;

/**
 * A property as its detail page shows it; absent values are {@code ""}.
 *
 * @param id             property id
 * @param address        one-line address
 * @param type           property type
 * @param apn            assessor's parcel number
 * @param yearBuilt      year built
 * @param squareFeet     living area
 * @param beds           bedrooms
 * @param baths          bathrooms
 * @param value          estimated value as money
 * @param equity         estimated equity as money
 * @param equityPercent  estimated equity percent, e.g. {@code 42%}
 * @param ownerOccupied  Yes, No or empty
 * @param listedForSale  Yes, No or empty
 * @param foreclosure    Yes, No or empty
 * @param mailingAddress one-line mailing address
 * @param source         where the record came from
 * @param created        when the record was created
 * @param updated        when it last changed
 * @param contacts       the linked contacts
 */
public record PropertyView(long id, String address, String type, String apn, String yearBuilt, String squareFeet, String beds,
                           String baths, String value, String equity, String equityPercent, String ownerOccupied,
                           String listedForSale, String foreclosure, String mailingAddress, String source, String created,
                           String updated, List<LinkedContactView> contacts) {

    /**
     * A contact linked to the property.
     *
     * @param id               contact id
     * @param name             display name
     * @param phone            phone in display form
     * @param email            email address
     * @param relationship     relationship label
     * @param relationshipCode relationship code
     */
    public record LinkedContactView(long id, String name, String phone, String email, String relationship,
                                    String relationshipCode) {

        /** The view of a linked contact. */
        public static LinkedContactView from(LinkedContact linked) {
            Contact contact = linked.contact();
            return new LinkedContactView(contact.id().value(), contact.displayName(),
                    contact.details().phone() == null ? "" : contact.details().phone().display(),
                    Formats.text(contact.details().email()), linked.relationship().label(), linked.relationship().code());
        }
    }

    /** The detail page's view of a property and its contacts. */
    public static PropertyView from(PropertyDetail detail) {
        Property property = detail.property();
        PropertyDetails details = property.details();
        return new PropertyView(property.id().value(), details.address().oneLine(), Formats.text(details.propertyType()),
                Formats.text(details.apn()), Formats.text(details.yearBuilt()), Formats.number(details.squareFeet()),
                Formats.text(details.beds()), details.baths() == null ? "" : details.baths().stripTrailingZeros().toPlainString(),
                Formats.money(details.estimatedValue()), Formats.money(details.estimatedEquity()),
                details.equityPercent() == null ? "" : details.equityPercent() + "%", Formats.yesNo(details.ownerOccupied()),
                Formats.yesNo(details.listedForSale()), Formats.yesNo(details.foreclosure()),
                details.mailingAddress() == null ? "" : details.mailingAddress().oneLine(), Formats.source(property.source()),
                Formats.moment(property.createdAt()), Formats.moment(property.updatedAt()),
                detail.contacts().stream().map(LinkedContactView::from).toList());
    }

    /** The name of the page: the one-line address. */
    public String name() {
        return address;
    }
}
