package com.attackacrack.crm.application.service.property;

import com.attackacrack.crm.application.port.in.property.PropertyForm;
import com.attackacrack.crm.application.port.in.property.UpdatePropertyUseCase;
import com.attackacrack.crm.application.port.out.PropertyRepository;
import com.attackacrack.crm.application.port.out.TransactionRunner;
import com.attackacrack.crm.domain.property.Property;
import com.attackacrack.crm.domain.property.PropertyDetails;
import com.attackacrack.crm.domain.property.PropertyId;
import java.time.Clock;

/** Saves edits to a property with the same checks as creating one (NOT_FOUND for an unknown id). */
public final class UpdatePropertyService implements UpdatePropertyUseCase {

    private final PropertyRepository properties;
    private final TransactionRunner transactions;
    private final PropertyFormParser parser = new PropertyFormParser();
    private final Clock clock;

    public UpdatePropertyService(PropertyRepository properties, TransactionRunner transactions, Clock clock) {
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Property update(PropertyId id, PropertyForm form) {
        return transactions.inTransaction(() -> {
            Properties.require(properties, id);
            PropertyDetails details = parser.parse(form);
            return properties.update(id, details, clock.instant());
        });
    }
}
