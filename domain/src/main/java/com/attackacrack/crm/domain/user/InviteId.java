package com.attackacrack.crm.domain.user;

/** The database id of an invite. */
public record InviteId(long value) {

    public InviteId {
        if (value <= 0) {
            throw new IllegalArgumentException("invite id must be positive, was " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
