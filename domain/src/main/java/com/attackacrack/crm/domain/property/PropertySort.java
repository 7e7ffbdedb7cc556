package com.attackacrack.crm.domain.property;

import com.attackacrack.crm.domain.shared.BusinessRuleException;
import java.util.Locale;

/** The orders the property list offers; each is stable (ties broken by id). */
public enum PropertySort {
    ADDRESS_ASC("address"), CITY_ASC("city"), VALUE_DESC("-value"), EQUITY_DESC("-equity"), CREATED_DESC("-created");

    private final String code;

    PropertySort(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Parses a URL code; blank means newest first; anything else is refused naming the choices. */
    public static PropertySort fromCode(String code) {
        if (code == null || code.isBlank()) {
            return CREATED_DESC;
        }
        for (PropertySort sort : values()) {
            if (sort.code.equals(code.trim().toLowerCase(Locale.ROOT))) {
                return sort;
            }
        }
        throw BusinessRuleException.invalid("Unknown sort '" + code + "': use address, city, -value, -equity or -created");
    }
}
