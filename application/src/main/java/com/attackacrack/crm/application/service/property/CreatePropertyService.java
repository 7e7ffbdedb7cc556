package com.attackacrack.crm.application.service.property;

import com.attackacrack.crm.application.port.in.property.CreatePropertyUseCase;
import com.attackacrack.crm.application.port.in.property.PropertyForm;
import com.attackacrack.crm.application.port.out.PropertyRepository;
import com.attackacrack.crm.domain.property.Property;
import java.time.Clock;

/** Creates a property typed in by hand (source "manual"); a taken APN fails naming the existing property. */
public final class CreatePropertyService implements CreatePropertyUseCase {

    private final PropertyRepository properties;
    private final PropertyFormParser parser = new PropertyFormParser();
    private final Clock clock;

    public CreatePropertyService(PropertyRepository properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public Property create(PropertyForm form) {
        return properties.create(parser.parse(form), Properties.SOURCE, clock.instant());
    }
}
