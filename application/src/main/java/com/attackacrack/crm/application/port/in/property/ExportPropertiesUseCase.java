package com.attackacrack.crm.application.port.in.property;

import com.attackacrack.crm.domain.property.PropertySummary;
import java.util.function.Consumer;

/** Streams every property matching the list's filter to a sink (the CSV download); returns the count. */
public interface ExportPropertiesUseCase {

    long export(PropertyListQuery query, Consumer<PropertySummary> sink);
}
