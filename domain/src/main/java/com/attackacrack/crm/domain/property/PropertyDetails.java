package com.attackacrack.crm.domain.property;

import com.attackacrack.crm.domain.shared.BusinessRuleException;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The editable facts of a property, most from PropertyRadar; absent values are null. The APN, when present,
 * identifies the property uniquely.
 */
public record PropertyDetails(Address address, String propertyType, String apn, Integer yearBuilt, Integer squareFeet,
                              Integer beds, BigDecimal baths, Long estimatedValue, Long estimatedEquity,
                              Integer equityPercent, Boolean ownerOccupied, Boolean listedForSale, Boolean foreclosure,
                              Address mailingAddress) {

    public PropertyDetails {
        Objects.requireNonNull(address, "address");
        propertyType = blankToNull(propertyType);
        apn = blankToNull(apn);
        if (apn != null && apn.length() > 60) {
            throw BusinessRuleException.invalid("APN must be at most 60 characters");
        }
        range("Year built", yearBuilt, 1600, 2100);
        range("Square feet", squareFeet, 1, 1_000_000);
        range("Beds", beds, 0, 100);
        if (baths != null && (baths.signum() < 0 || baths.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw BusinessRuleException.invalid("Baths must be from 0 to 100, was " + baths);
        }
        if (estimatedValue != null && estimatedValue < 0) {
            throw BusinessRuleException.invalid("Estimated value must not be negative");
        }
        range("Equity %", equityPercent, -1000, 100);
    }

    private static void range(String field, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            throw BusinessRuleException.invalid(field + " must be from " + min + " to " + max + ", was " + value);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
