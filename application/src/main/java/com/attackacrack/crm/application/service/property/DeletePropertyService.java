package com.attackacrack.crm.application.service.property;

import com.attackacrack.crm.application.port.in.property.DeletePropertyUseCase;
import com.attackacrack.crm.application.port.out.PropertyRepository;
import com.attackacrack.crm.domain.property.PropertyId;

/** Deletes a property and its contact links (NOT_FOUND for an unknown id). */
public final class DeletePropertyService implements DeletePropertyUseCase {

    private final PropertyRepository properties;

    public DeletePropertyService(PropertyRepository properties) {
        this.properties = properties;
    }

    @Override
    public void delete(PropertyId id) {
        if (!properties.delete(id)) {
            throw Properties.notFound(id);
        }
    }
}
