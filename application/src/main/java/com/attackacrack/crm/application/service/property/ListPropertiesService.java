package com.attackacrack.crm.application.service.property;

import com.attackacrack.crm.application.port.in.property.ListPropertiesUseCase;
import com.attackacrack.crm.application.port.in.property.PropertyListQuery;
import com.attackacrack.crm.application.port.out.PropertyRepository;
import com.attackacrack.crm.domain.property.PropertySummary;
import com.attackacrack.crm.domain.shared.Page;

/** Reads one page of the property list with the filtered total. */
public final class ListPropertiesService implements ListPropertiesUseCase {

    private final PropertyRepository properties;

    public ListPropertiesService(PropertyRepository properties) {
        this.properties = properties;
    }

    @Override
    public Page<PropertySummary> list(PropertyListQuery query) {
        return properties.list(query.filter(), query.sort(), query.page());
    }
}
