package com.attackacrack.crm.application.port.in.property;

import com.attackacrack.crm.domain.property.PropertySummary;
import com.attackacrack.crm.domain.shared.Page;

/** One page of the property list with the filtered total. */
public interface ListPropertiesUseCase {

    Page<PropertySummary> list(PropertyListQuery query);
}
