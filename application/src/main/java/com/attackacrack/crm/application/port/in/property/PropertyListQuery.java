package com.attackacrack.crm.application.port.in.property;

import com.attackacrack.crm.domain.property.PropertyFilter;
import com.attackacrack.crm.domain.property.PropertySort;
import com.attackacrack.crm.domain.shared.PageRequest;
import java.util.Objects;

/** Which properties to list: filter, order and page. */
public record PropertyListQuery(PropertyFilter filter, PropertySort sort, PageRequest page) {

    public PropertyListQuery {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(sort, "sort");
        Objects.requireNonNull(page, "page");
    }
}
