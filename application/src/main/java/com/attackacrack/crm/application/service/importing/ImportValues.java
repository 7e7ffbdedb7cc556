package com.attackacrack.crm.application.service.importing;

import com.attackacrack.crm.domain.shared.BusinessRuleException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parsers for the values found in import files. Each returns null for blank input and otherwise either the value or
 * a BusinessRuleException (INVALID) whose message names the value and says what was expected.
 */
public final class ImportValues {

    /**
     * Two-digit years up to this value are 20xx, later ones 19xx ({@code 6/15/04} is 2004, {@code 6/15/65} is 1965).
     * Fixed rather than tied to today so an import reads the same file the same way every year.
     */
    public static final int TWO_DIGIT_YEAR_PIVOT = 30;

    private static final Map<String, Boolean> BOOLEANS = Map.of("1", Boolean.TRUE, "y", Boolean.TRUE, "yes", Boolean.TRUE,
            "true", Boolean.TRUE, "0", Boolean.FALSE, "n", Boolean.FALSE, "no", Boolean.FALSE, "false", Boolean.FALSE);
    private static final Pattern SLASHED = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{2}|\\d{4})");
    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})([T ].*)?");
    private static final List<DateTimeFormatter> NAMED_MONTH = List.of(named("MMM d, uuuu"), named("MMMM d, uuuu"),
            named("d-MMM-uuuu"), named("d MMM uuuu"));
    private static final Pattern NUMBER = Pattern.compile("(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?");

    private ImportValues() {
    }

    /** 1/0, y/n, yes/no, true/false in any case. */
    public static Boolean bool(String raw) {
        String value = clean(raw);
        Boolean result = BOOLEANS.get(value == null ? "" : value.toLowerCase(Locale.ROOT));
        if (result == null && value != null) {
            throw BusinessRuleException.invalid("'" + value + "' is not yes or no (use 1/0, y/n, yes/no or true/false)");
        }
        return result;
    }

    /** MM/dd/yyyy, M/d/yy, yyyy-MM-dd (optionally with a time), yyyy/MM/dd, "Jun 15, 2004" or "15-Jun-2004". */
    public static LocalDate date(String raw) {
        String value = clean(raw);
        if (value == null) {
            return null;
        }
        try {
            Matcher slashed = SLASHED.matcher(value);
            if (slashed.matches()) {
                int year = Integer.parseInt(slashed.group(3));
                if (slashed.group(3).length() == 2) {
                    year += year <= TWO_DIGIT_YEAR_PIVOT ? 2000 : 1900;
                }
                return LocalDate.of(year, Integer.parseInt(slashed.group(1)), Integer.parseInt(slashed.group(2)));
            }
            Matcher yearFirst = YEAR_FIRST.matcher(value);
            if (yearFirst.matches()) {
                return LocalDate.of(Integer.parseInt(yearFirst.group(1)), Integer.parseInt(yearFirst.group(2)),
                        Integer.parseInt(yearFirst.group(3)));
            }
            for (DateTimeFormatter format : NAMED_MONTH) {
                try {
                    return LocalDate.parse(value, format);
                } catch (DateTimeParseException e) {
                    // try the next format
                    continue;
                }
            }
        } catch (DateTimeException e) {
            throw BusinessRuleException.invalid("'" + value + "' is not a real date");
        }
        throw BusinessRuleException.invalid("'" + value + "' is not a date (use MM/DD/YYYY or YYYY-MM-DD)");
    }

    /** Whole dollars: "$357,000", "1,233,000.00", "-5,000" or "(5,000)"; cents round half up. */
    public static Long money(String raw) {
        String value = clean(raw);
        if (value == null) {
            return null;
        }
        String text = value;
        boolean negative = false;
        if (text.startsWith("(") && text.endsWith(")")) {
            negative = true;
            text = text.substring(1, text.length() - 1).strip();
        }
        if (text.startsWith("-")) {
            negative = !negative;
            text = text.substring(1).strip();
        }
        if (text.startsWith("$")) {
            text = text.substring(1).strip();
        }
        if (text.startsWith("-") && !negative) {
            negative = true;
            text = text.substring(1).strip();
        }
        if (!NUMBER.matcher(text).matches()) {
            throw BusinessRuleException.invalid("'" + value + "' is not an amount of money (e.g. $357,000)");
        }
        BigDecimal amount = new BigDecimal(text.replace(",", "")).setScale(0, RoundingMode.HALF_UP);
        try {
            long dollars = amount.longValueExact();
            return negative ? -dollars : dollars;
        } catch (ArithmeticException e) {
            throw BusinessRuleException.invalid("'" + value + "' is too large an amount");
        }
    }

    /** A decimal number such as "2.5" or "2" (thousands separators allowed). */
    public static BigDecimal decimal(String raw) {
        String value = clean(raw);
        if (value == null) {
            return null;
        }
        return number(value);
    }

    /** A whole number such as "1,150" or "2002.0". */
    public static Integer integer(String raw) {
        String value = clean(raw);
        if (value == null) {
            return null;
        }
        BigDecimal number = number(value);
        try {
            return number.stripTrailingZeros().intValueExact();
        } catch (ArithmeticException e) {
            throw BusinessRuleException.invalid("'" + value + "' is not a whole number");
        }
    }

    /** A percentage such as "39", "39%" or "39.6" (rounded half up to a whole percent). */
    public static Integer percent(String raw) {
        String value = clean(raw);
        if (value == null) {
            return null;
        }
        String text = value.endsWith("%") ? value.substring(0, value.length() - 1).strip() : value;
        if (text.isEmpty()) {
            throw BusinessRuleException.invalid("'" + value + "' is not a percentage");
        }
        BigDecimal number = number(text).setScale(0, RoundingMode.HALF_UP);
        try {
            return number.intValueExact();
        } catch (ArithmeticException e) {
            throw BusinessRuleException.invalid("'" + value + "' is too large a percentage");
        }
    }

    private static BigDecimal number(String value) {
        boolean negative = value.startsWith("-");
        String digits = negative ? value.substring(1) : value;
        if (!NUMBER.matcher(digits).matches()) {
            throw BusinessRuleException.invalid("'" + value + "' is not a number");
        }
        BigDecimal number = new BigDecimal(digits.replace(",", ""));
        return negative ? number.negate() : number;
    }

    private static DateTimeFormatter named(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.US)
                .withResolverStyle(ResolverStyle.STRICT);
    }

    private static String clean(String raw) {
        return raw == null || raw.isBlank() ? null : raw.strip();
    }
}
