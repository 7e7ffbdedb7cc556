package com.attackacrack.crm.domain.property;

import com.attackacrack.crm.domain.shared.BusinessRuleException;

/** Another property already has this APN; carries which, so pages can link to it. */
public final class DuplicatePropertyException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    private final transient PropertyId existing;

    public DuplicatePropertyException(String apn, PropertyId existing) {
        super(Kind.CONFLICT, "Another property already has the APN " + apn + ".");
        this.existing = existing;
    }

    public PropertyId existing() {
        return existing;
    }
}
