package com.attackacrack.crm.application.port.in.property;

import com.attackacrack.crm.domain.property.Property;
import com.attackacrack.crm.domain.property.PropertyId;

/** Saves edits to a property with the same checks as creating one. */
public interface UpdatePropertyUseCase {

    Property update(PropertyId id, PropertyForm form);
}
