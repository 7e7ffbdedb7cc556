package com.attackacrack.crm.application.service.property;

import com.attackacrack.crm.application.port.in.property.GetPropertyUseCase;
import com.attackacrack.crm.application.port.out.PropertyRepository;
import com.attackacrack.crm.application.port.out.TransactionRunner;
import com.attackacrack.crm.domain.property.Property;
import com.attackacrack.crm.domain.property.PropertyId;

/** Reads a property and its linked contacts, primary owner first, in one transaction. */
public final class GetPropertyService implements GetPropertyUseCase {

    private final PropertyRepository properties;
    private final TransactionRunner transactions;

    public GetPropertyService(PropertyRepository properties, TransactionRunner transactions) {
        this.properties = properties;
        this.transactions = transactions;
    }

    @Override
    public PropertyDetail get(PropertyId id) {
        return transactions.inTransaction(() -> {
            Property property = Properties.require(properties, id);
            return new PropertyDetail(property, properties.contactsOf(id));
        });
    }
}
