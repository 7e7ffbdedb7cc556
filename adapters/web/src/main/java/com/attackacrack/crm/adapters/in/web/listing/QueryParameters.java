package com.attackacrack.crm.adapters.in.web.listing;

import com.attackacrack.crm.adapters.in.web.error.FriendlyHttpException;
import com.attackacrack.crm.domain.shared.PageRequest;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The query parameters of a list page, checked one by one: an unknown parameter or a value that does not parse is
 * refused with a 400 page naming the parameter and the values it accepts, so nothing malformed reaches a query.
 */
public final class QueryParameters {

    private static final int MAX_VALUE_LENGTH = 500;
    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?[0-9]{1,9}");

    private final Map<String, String> values;

    private QueryParameters(Map<String, String> values) {
        this.values = values;
    }

    /**
     * The request's query parameters (first value of each), refusing names not in {@code allowed}.
     *
     * @param request the list request
     * @param allowed every parameter name the page understands
     * @return the checked parameters
     */
    public static QueryParameters from(ServerRequest request, Set<String> allowed) {
        Map<String, String> raw = new LinkedHashMap<>();
        for (String name : request.query().names()) {
            raw.put(name, request.query().first(name).orElse(""));
        }
        return of(raw, allowed);
    }

    /** The given parameters (name to value), refusing names not in {@code allowed}. */
    public static QueryParameters of(Map<String, String> raw, Set<String> allowed) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : raw.entrySet()) {
            if (!allowed.contains(entry.getKey())) {
                throw bad("Unknown parameter '" + shorten(entry.getKey()) + "': this page accepts "
                        + String.join(", ", allowed.stream().sorted().toList()) + ".");
            }
            String value = entry.getValue() == null ? "" : entry.getValue().strip();
            if (value.length() > MAX_VALUE_LENGTH) {
                throw bad("The parameter '" + entry.getKey() + "' is too long: use at most " + MAX_VALUE_LENGTH + " characters.");
            }
            values.put(entry.getKey(), value);
        }
        return new QueryParameters(values);
    }

    /** The 400 answer naming what is wrong with the request's parameters. */
    public static FriendlyHttpException bad(String message) {
        return new FriendlyHttpException(Status.BAD_REQUEST_400, message);
    }

    /** The trimmed value, or {@code ""} when absent. */
    public String text(String name) {
        return values.getOrDefault(name, "");
    }

    /** {@code yes} → true, {@code no} → false, blank or {@code any} → null; anything else is refused. */
    public Boolean yesNoAny(String name) {
        String value = text(name).toLowerCase(Locale.ROOT);
        return switch (value) {
            case "", "any" -> null;
            case "yes" -> Boolean.TRUE;
            case "no" -> Boolean.FALSE;
            default -> throw bad(unknown(name, "yes, no or any"));
        };
    }

    /** One of the given choices (lower-cased), or null when blank or {@code any}; anything else is refused. */
    public String choice(String name, List<String> choices) {
        String value = text(name).toLowerCase(Locale.ROOT);
        if (value.isEmpty() || "any".equals(value)) {
            return null;
        }
        if (!choices.contains(value)) {
            throw bad(unknown(name, String.join(", ", choices) + " or any"));
        }
        return value;
    }

    /** A {@code yyyy-MM-dd} date, or null when blank. */
    public LocalDate date(String name) {
        String value = text(name);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw bad(unknown(name, "a date written yyyy-MM-dd, e.g. 2025-01-31"));
        }
    }

    /** A whole number from {@code min} to {@code max}, or null when blank. */
    public Integer whole(String name, int min, int max) {
        String value = text(name);
        if (value.isEmpty()) {
            return null;
        }
        if (WHOLE_NUMBER.matcher(value).matches()) {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        }
        throw bad(unknown(name, "a whole number from " + min + " to " + max));
    }

    /** A whole number from {@code min} to {@code max}, or the fallback when blank. */
    public int whole(String name, int min, int max, int fallback) {
        Integer value = whole(name, min, max);
        return value == null ? fallback : value;
    }

    /** The message for a value the parameter does not accept. */
    public String unknown(String name, String allowed) {
        return "The value '" + shorten(text(name)) + "' is not allowed for the parameter '" + name + "': use " + allowed + ".";
    }

    /** The {@code page} (1-based) and {@code size} (1 to the maximum, 100 by default) parameters. */
    public PageRequest pageRequest() {
        return new PageRequest(whole("page", 1, 1_000_000, 1),
                whole("size", 1, PageRequest.MAX_SIZE, PageRequest.DEFAULT_SIZE));
    }

    /** Each named parameter's trimmed value, {@code ""} when absent, in the given order (for the filter form). */
    public Map<String, String> values(List<String> names) {
        Map<String, String> values = new LinkedHashMap<>();
        names.forEach(name -> values.put(name, text(name)));
        return values;
    }

    /** The parameters that have a value, in order (for links that keep the filters). */
    public static Map<String, String> present(Map<String, String> values) {
        Map<String, String> present = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            if (!value.isEmpty()) {
                present.put(name, value);
            }
        });
        return present;
    }

    /** Whether any of the filters has a value other than "any". */
    public static boolean anyFilter(List<String> filters, Map<String, String> present) {
        return filters.stream().anyMatch(it -> present.containsKey(it) && !"any".equalsIgnoreCase(present.get(it)));
    }

    private static String shorten(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
