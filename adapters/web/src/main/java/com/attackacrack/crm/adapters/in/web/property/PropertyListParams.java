package com.attackacrack.crm.adapters.in.web.property;

import com.attackacrack.crm.adapters.in.web.listing.QueryParameters;
import com.attackacrack.crm.application.port.in.property.PropertyListQuery;
import com.attackacrack.crm.domain.property.PropertyFilter;
import com.attackacrack.crm.domain.property.PropertySort;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import io.helidon.webserver.http.ServerRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The property list's query parameters, checked: {@code q} (address, city, ZIP or APN), {@code type}, {@code city},
 * {@code zip}, {@code equityMin}/{@code equityMax} (equity percent), {@code ownerOccupied} (yes/no/any), {@code sort},
 * {@code page} (1-based) and {@code size}.
 *
 * @param query   the list query for the use case
 * @param values  every parameter's trimmed value ({@code ""} when absent), for the filter form
 * @param present the parameters with a value, for links that keep the filters
 */
public record PropertyListParams(PropertyListQuery query, Map<String, String> values, Map<String, String> present) {

    /** Every parameter the list understands, in form order. */
    public static final List<String> NAMES = List.of("q", "type", "city", "zip", "equityMin", "equityMax", "ownerOccupied",
            "sort", "page", "size");

    private static final List<String> FILTERS = List.of("q", "type", "city", "zip", "equityMin", "equityMax", "ownerOccupied");
    private static final Pattern ZIP = Pattern.compile("[0-9]{1,5}(-[0-9]{0,4})?");
    private static final int MAX_TEXT = 200;
    private static final int MAX_SHORT = 100;
    private static final int EQUITY_MIN = -1000;
    private static final int EQUITY_MAX = 100;

    /** The request's parameters; a 400 naming the parameter when one is unknown or malformed. */
    public static PropertyListParams from(ServerRequest request) {
        return of(QueryParameters.from(request, Set.copyOf(NAMES)));
    }

    /** The given parameters (name to value); a 400 naming the parameter when one is unknown or malformed. */
    public static PropertyListParams of(Map<String, String> raw) {
        return of(QueryParameters.of(raw, Set.copyOf(NAMES)));
    }

    private static PropertyListParams of(QueryParameters params) {
        String text = params.text("q");
        if (text.length() > MAX_TEXT) {
            throw QueryParameters.bad("The parameter 'q' is too long: search with at most " + MAX_TEXT + " characters.");
        }
        for (String name : List.of("type", "city")) {
            if (params.text(name).length() > MAX_SHORT) {
                throw QueryParameters.bad("The parameter '" + name + "' is too long: use at most " + MAX_SHORT + " characters.");
            }
        }
        String zip = params.text("zip");
        if (!zip.isEmpty() && !ZIP.matcher(zip).matches()) {
            throw QueryParameters.bad(params.unknown("zip", "a ZIP code such as 02451 or 02451-1234"));
        }
        Integer equityMin = params.whole("equityMin", EQUITY_MIN, EQUITY_MAX);
        Integer equityMax = params.whole("equityMax", EQUITY_MIN, EQUITY_MAX);
        if (equityMin != null && equityMax != null && equityMax < equityMin) {
            throw QueryParameters.bad("The parameter 'equityMax' (" + equityMax + ") is below 'equityMin' (" + equityMin
                    + "): use a percent at or above it.");
        }
        PropertyFilter filter = new PropertyFilter(text, params.text("type"), params.text("city"), zip, equityMin, equityMax,
                params.yesNoAny("ownerOccupied"));
        PropertySort sort;
        try {
            sort = PropertySort.fromCode(params.text("sort"));
        } catch (BusinessRuleException e) {
            throw QueryParameters.bad(params.unknown("sort", sortCodes()));
        }
        Map<String, String> values = params.values(NAMES);
        return new PropertyListParams(new PropertyListQuery(filter, sort, params.pageRequest()), values,
                QueryParameters.present(values));
    }

    /** Whether any filter or search narrows the list (sort, page and size do not). */
    public boolean filtered() {
        return QueryParameters.anyFilter(FILTERS, present);
    }

    private static String sortCodes() {
        return Arrays.stream(PropertySort.values()).map(PropertySort::code).collect(Collectors.joining(", "));
    }
}
