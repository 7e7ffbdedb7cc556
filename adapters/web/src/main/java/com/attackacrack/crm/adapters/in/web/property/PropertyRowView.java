package com.attackacrack.crm.adapters.in.web.property;

import com.attackacrack.crm.adapters.in.web.listing.Formats;
import com.attackacrack.crm.domain.property.Address;
import com.attackacrack.crm.domain.property.Property;
import com.attackacrack.crm.domain.property.PropertyDetails;
import com.attackacrack.crm.domain.property.PropertySummary;

/**
 * One row of the property list as the page shows it; absent values are {@code ""}.
 *
 * @param id            property id
 * @param street        street line
 * @param city          city
 * @param state         two-letter state
 * @param zip           ZIP code
 * @param type          property type
 * @param value         estimated value as money
 * @param equityPercent estimated equity percent, e.g. {@code 42%}
 * @param ownerOccupied Yes, No or empty
 * @param contactCount  how many contacts are linked
 * @param created       creation day
 * @param createdIso    creation time, ISO-8601
 */
public record PropertyRowView(long id, String street, String city, String state, String zip, String type, String value,
                              String equityPercent, String ownerOccupied, int contactCount, String created, String createdIso) {

    /** The row for a property summary. */
    public static PropertyRowView from(PropertySummary summary) {
        Property property = summary.property();
        PropertyDetails details = property.details();
        Address address = details.address();
        return new PropertyRowView(property.id().value(), address.street(), Formats.text(address.city()),
                Formats.text(address.state()), Formats.text(address.zip()), Formats.text(details.propertyType()),
                Formats.money(details.estimatedValue()),
                details.equityPercent() == null ? "" : details.equityPercent() + "%", Formats.yesNo(details.ownerOccupied()),
                summary.contactCount(), Formats.day(property.createdAt()), Formats.iso(property.createdAt()));
    }
}
