package com.attackacrack.crm.application.port.in.property;

import com.attackacrack.crm.domain.property.PropertyId;

/** Deletes a property and its contact links (NOT_FOUND for an unknown id). */
public interface DeletePropertyUseCase {

    void delete(PropertyId id);
}
