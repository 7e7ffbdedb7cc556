package com.attackacrack.crm.application.service.property;

import com.attackacrack.crm.application.port.in.property.ExportPropertiesUseCase;
import com.attackacrack.crm.application.port.in.property.PropertyListQuery;
import com.attackacrack.crm.application.port.out.PropertyRepository;
import com.attackacrack.crm.domain.property.PropertySummary;
import java.util.function.Consumer;

/** Streams every property the list's filter matches (all pages, list order) to a sink, for the CSV download. */
public final class ExportPropertiesService implements ExportPropertiesUseCase {

    private final PropertyRepository properties;

    public ExportPropertiesService(PropertyRepository properties) {
        this.properties = properties;
    }

    @Override
    public long export(PropertyListQuery query, Consumer<PropertySummary> sink) {
        return properties.export(query.filter(), query.sort(), sink);
    }
}
