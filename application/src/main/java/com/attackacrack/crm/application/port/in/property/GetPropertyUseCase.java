package com.attackacrack.crm.application.port.in.property;

import com.attackacrack.crm.domain.property.LinkedContact;
import com.attackacrack.crm.domain.property.Property;
import com.attackacrack.crm.domain.property.PropertyId;
import java.util.List;

/** A property with its linked contacts, for the detail page (NOT_FOUND for an unknown id). */
public interface GetPropertyUseCase {

    PropertyDetail get(PropertyId id);

    /** The property and its contacts. */
    record PropertyDetail(Property property, List<LinkedContact> contacts) {
        public PropertyDetail {
            contacts = List.copyOf(contacts);
        }
    }
}
