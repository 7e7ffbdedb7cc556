package com.attackacrack.crm.domain.campaign;

/** The database id of a saved audience filter. */
public record SavedFilterId(long value) {

    public SavedFilterId {
        if (value <= 0) {
            throw new IllegalArgumentException("id must be positive, was " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
