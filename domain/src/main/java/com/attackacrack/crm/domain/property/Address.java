package com.attackacrack.crm.domain.property;

import com.attackacrack.crm.domain.shared.BusinessRuleException;
import java.util.Locale;

/** A US street address: street line required; city, state (2 letters) and ZIP (5 or 9 digits) when known. */
public record Address(String street, String city, String state, String zip) {

    public Address {
        street = clean(street);
        if (street == null) {
            throw BusinessRuleException.invalid("Street address is required");
        }
        if (street.length() > 200) {
            throw BusinessRuleException.invalid("Street address must be at most 200 characters");
        }
        city = clean(city);
        if (city != null && city.length() > 100) {
            throw BusinessRuleException.invalid("City must be at most 100 characters");
        }
        state = clean(state) == null ? null : state.strip().toUpperCase(Locale.ROOT);
        if (state != null && !state.matches("[A-Z]{2}")) {
            throw BusinessRuleException.invalid("State must be a two-letter code such as MA, was '" + state + "'");
        }
        zip = clean(zip);
        if (zip != null && !zip.matches("[0-9]{5}(-[0-9]{4})?")) {
            throw BusinessRuleException.invalid("ZIP must be 5 digits (or ZIP+4), was '" + zip + "'");
        }
    }

    /** "404 Main Street, Waltham MA 02451" without empty parts. */
    public String oneLine() {
        StringBuilder line = new StringBuilder(street);
        String rest = ((city == null ? "" : city) + " " + (state == null ? "" : state) + " " + (zip == null ? "" : zip))
                .strip().replaceAll(" +", " ");
        if (!rest.isEmpty()) {
            line.append(", ").append(rest);
        }
        return line.toString();
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
