package com.attackacrack.crm.application.port.in.property;

import com.attackacrack.crm.domain.property.Property;

/** Creates a property entered by hand; an APN another property has is refused naming that property. */
public interface CreatePropertyUseCase {

    Property create(PropertyForm form);
}
