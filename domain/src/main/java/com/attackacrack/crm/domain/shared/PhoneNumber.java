package com.attackacrack.crm.domain.shared;

import java.util.regex.Pattern;

/**
 * A phone number in E.164 form ({@code +16175550123}). Only the phone normaliser makes these from what people type;
 * this type checks the shape and formats North American numbers for display.
 */
public record PhoneNumber(String e164) {

    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{7,14}");

    public PhoneNumber {
        if (e164 == null || !E164.matcher(e164).matches()) {
            throw BusinessRuleException.invalid("'" + e164 + "' is not an E.164 phone number (+ and 8 to 15 digits)");
        }
    }

    /** {@code (617) 555-0123} for North American numbers, else the E.164 form. */
    public String display() {
        if (e164.length() == 12 && e164.startsWith("+1")) {
            return "(" + e164.substring(2, 5) + ") " + e164.substring(5, 8) + "-" + e164.substring(8);
        }
        return e164;
    }

    @Override
    public String toString() {
        return e164;
    }
}
