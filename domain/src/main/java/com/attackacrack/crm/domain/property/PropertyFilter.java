package com.attackacrack.crm.domain.property;

import com.attackacrack.crm.domain.shared.BusinessRuleException;

/** What the property list shows: search over address, city, ZIP and APN, and filters. Null means "any". */
public record PropertyFilter(String text, String propertyType, String city, String zip, Integer equityPercentMin,
                             Integer equityPercentMax, Boolean ownerOccupied) {

    public PropertyFilter {
        text = blankToNull(text);
        if (text != null && text.length() > 200) {
            throw BusinessRuleException.invalid("Search text must be at most 200 characters");
        }
        propertyType = blankToNull(propertyType);
        city = blankToNull(city);
        zip = blankToNull(zip);
        if (equityPercentMin != null && equityPercentMax != null && equityPercentMax < equityPercentMin) {
            throw BusinessRuleException.invalid("The highest equity % is below the lowest");
        }
    }

    public static PropertyFilter none() {
        return new PropertyFilter(null, null, null, null, null, null, null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
