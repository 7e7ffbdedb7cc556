package com.attackacrack.crm.domain.property;

import com.attackacrack.crm.domain.shared.BusinessRuleException;
import java.util.Locale;

/** How a contact is tied to a property. */
public enum Relationship {
    PRIMARY_OWNER("Primary owner"),
    SECONDARY_OWNER("Secondary owner"),
    TENANT("Tenant"),
    OTHER("Other");

    private final String label;

    Relationship(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Relationship fromCode(String code) {
        for (Relationship relationship : values()) {
            if (relationship.code().equals(code == null ? "" : code.trim().toLowerCase(Locale.ROOT))) {
                return relationship;
            }
        }
        throw BusinessRuleException.invalid("Unknown relationship '" + code
                + "': use primary_owner, secondary_owner, tenant or other");
    }
}
