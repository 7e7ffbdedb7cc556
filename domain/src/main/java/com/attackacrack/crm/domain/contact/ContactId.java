package com.attackacrack.crm.domain.contact;

/** The database id of a contact. */
public record ContactId(long value) {

    public ContactId {
        if (value <= 0) {
            throw new IllegalArgumentException("contact id must be positive, was " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
