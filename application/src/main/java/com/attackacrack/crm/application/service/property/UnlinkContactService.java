package com.attackacrack.crm.application.service.property;

import com.attackacrack.crm.application.port.in.property.UnlinkContactUseCase;
import com.attackacrack.crm.application.port.out.PropertyRepository;
import com.attackacrack.crm.domain.contact.ContactId;
import com.attackacrack.crm.domain.property.PropertyId;
import com.attackacrack.crm.domain.shared.BusinessRuleException;

/** Removes the link between a contact and a property (NOT_FOUND when they were not linked). */
public final class UnlinkContactService implements UnlinkContactUseCase {

    private final PropertyRepository properties;

    public UnlinkContactService(PropertyRepository properties) {
        this.properties = properties;
    }

    @Override
    public void unlink(PropertyId property, ContactId contact) {
        if (!properties.unlink(property, contact)) {
            throw BusinessRuleException.notFound("Contact " + contact + " is not linked to property " + property);
        }
    }
}
