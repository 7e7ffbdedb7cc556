package com.attackacrack.crm.domain.property;

/** One row of the property list: the property and how many contacts are linked to it. */
public record PropertySummary(Property property, int contactCount) {
}
