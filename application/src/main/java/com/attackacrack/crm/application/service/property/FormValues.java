package com.attackacrack.crm.application.service.property;

import com.attackacrack.crm.domain.shared.BusinessRuleException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Set;

/** Parsers for the numbers, amounts and yes/no values people type into a form; each error names the value. */
final class FormValues {

    private static final Set<String> YES = Set.of("yes", "y", "true", "1", "on");
    private static final Set<String> NO = Set.of("no", "n", "false", "0", "off");

    private FormValues() {
    }

    /** A whole number; thousands separators allowed ("1,850"). */
    static Integer integer(String label, String raw) {
        BigDecimal value = decimal(label, raw);
        try {
            return value.intValueExact();
        } catch (ArithmeticException e) {
            throw BusinessRuleException.invalid(label + " must be a whole number, was '" + raw + "'");
        }
    }

    /** A whole number, optionally followed by "%" ("45%"). */
    static Integer percent(String label, String raw) {
        return integer(label, raw.endsWith("%") ? raw.substring(0, raw.length() - 1) : raw);
    }

    /** A decimal number; thousands separators allowed. */
    static BigDecimal decimal(String label, String raw) {
        String cleaned = raw.strip().replace(",", "");
        if (!cleaned.isEmpty() && cleaned.chars().allMatch(c -> Character.isDigit(c) || c == '.' || c == '-')) {
            try {
                return new BigDecimal(cleaned);
            } catch (NumberFormatException e) {
                // falls through to the message below
            }
        }
        throw BusinessRuleException.invalid(label + " must be a number, was '" + raw + "'");
    }

    /** Whole dollars: "357000", "$357,000" and "357,000.00" are all 357000; cents are rounded to the dollar. */
    static Long money(String label, String raw) {
        String cleaned = raw.strip();
        boolean negative = cleaned.startsWith("-");
        cleaned = (negative ? cleaned.substring(1) : cleaned).strip();
        cleaned = cleaned.startsWith("$") ? cleaned.substring(1).strip() : cleaned;
        if (!cleaned.matches("[0-9]{1,3}(,[0-9]{3})+(\\.[0-9]{1,2})?|[0-9]+(\\.[0-9]{1,2})?")) {
            throw BusinessRuleException.invalid(label + " must be an amount in dollars such as 357,000, was '" + raw + "'");
        }
        BigDecimal amount = new BigDecimal(cleaned.replace(",", "")).setScale(0, RoundingMode.HALF_UP);
        try {
            long dollars = amount.longValueExact();
            return negative ? -dollars : dollars;
        } catch (ArithmeticException e) {
            throw BusinessRuleException.invalid(label + " is too large, was '" + raw + "'");
        }
    }

    /** yes/no, true/false, 1/0, on/off (any case). */
    static Boolean yesNo(String label, String raw) {
        String value = raw.strip().toLowerCase(Locale.ROOT);
        if (YES.contains(value)) {
            return Boolean.TRUE;
        }
        if (NO.contains(value)) {
            return Boolean.FALSE;
        }
        throw BusinessRuleException.invalid(label + " must be yes or no, was '" + raw + "'");
    }
}
