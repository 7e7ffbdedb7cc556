package com.attackacrack.crm.application.service.property;

import com.attackacrack.crm.application.port.out.PropertyRepository;
import com.attackacrack.crm.domain.property.Property;
import com.attackacrack.crm.domain.property.PropertyId;
import com.attackacrack.crm.domain.shared.BusinessRuleException;

/** Lookups the property services share. */
final class Properties {

    static final String SOURCE = "manual";

    private Properties() {
    }

    /** The property, or NOT_FOUND "No property with id N". */
    static Property require(PropertyRepository properties, PropertyId id) {
        return properties.findById(id).orElseThrow(() -> notFound(id));
    }

    static BusinessRuleException notFound(PropertyId id) {
        return BusinessRuleException.notFound("No property with id " + id);
    }
}
