package com.attackacrack.crm.adapters.out.metrics;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** How label values are kept bounded and packed into the one field a shared counter has per label set. */
final class MetricLabels {

    /** The value given to anything that is not a plain short name. */
    static final String OTHER = "other";

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,47}");
    private static final String SEPARATOR = "|";

    private MetricLabels() {
    }

    /** A label value fit for a metric: lower-case letters, digits, dot, dash, underscore, at most 48; else "other". */
    static String safe(String value) {
        if (value == null) {
            return OTHER;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        return NAME.matcher(lower).matches() ? lower : OTHER;
    }

    /** The field holding one label set: the safe values joined by {@code |}. */
    static String field(String... values) {
        StringBuilder field = new StringBuilder();
        for (String value : values) {
            if (!field.isEmpty()) {
                field.append(SEPARATOR);
            }
            field.append(safe(value));
        }
        return field.toString();
    }

    /** The label values of a field, or empty when it does not hold {@code count} safe values. */
    static Optional<String[]> values(String field, int count) {
        String[] values = field.split(Pattern.quote(SEPARATOR), -1);
        if (values.length != count) {
            return Optional.empty();
        }
        for (String value : values) {
            if (!NAME.matcher(value).matches()) {
                return Optional.empty();
            }
        }
        return Optional.of(values);
    }
}
