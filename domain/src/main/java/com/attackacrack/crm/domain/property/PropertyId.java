package com.attackacrack.crm.domain.property;

/** The database id of a property. */
public record PropertyId(long value) {

    public PropertyId {
        if (value <= 0) {
            throw new IllegalArgumentException("property id must be positive, was " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
