package com.attackacrack.crm.domain.contact;

import com.attackacrack.crm.domain.shared.BusinessRuleException;

/** Another contact already has this phone or email; carries which contact, so pages can link to it. */
public final class DuplicateContactException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    /** Which unique field collided. */
    public enum Field { PHONE, EMAIL }

    private final Field field;
    private final transient ContactId existing;

    public DuplicateContactException(Field field, String value, ContactId existing) {
        super(Kind.CONFLICT, "Another contact already has the " + (field == Field.PHONE ? "phone number " : "email ")
                + value + ".");
        this.field = field;
        this.existing = existing;
    }

    public Field field() {
        return field;
    }

    public ContactId existing() {
        return existing;
    }
}
