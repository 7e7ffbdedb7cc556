package com.attackacrack.crm.adapters.in.web.contact;

import com.attackacrack.crm.adapters.in.web.listing.QueryParameters;
import com.attackacrack.crm.application.port.in.contact.ContactListQuery;
import com.attackacrack.crm.domain.contact.ContactFilter;
import com.attackacrack.crm.domain.contact.ContactSort;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import io.helidon.webserver.http.ServerRequest;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The contact list's query parameters, checked: {@code q} (name, email or phone in any spelling), {@code hasEmail},
 * {@code hasProperty}, {@code optedOut} (yes/no/any), {@code leadSource}, {@code type} (customer/prospect/any),
 * {@code createdFrom}/{@code createdTo} (yyyy-MM-dd), {@code sort}, {@code page} (1-based) and {@code size}.
 *
 * @param query   the list query for the use case
 * @param values  every parameter's trimmed value ({@code ""} when absent), for the filter form
 * @param present the parameters with a value, for links that keep the filters
 */
public record ContactListParams(ContactListQuery query, Map<String, String> values, Map<String, String> present) {

    /** Every parameter the list understands, in form order. */
    public static final List<String> NAMES = List.of("q", "hasEmail", "hasProperty", "optedOut", "leadSource", "type",
            "createdFrom", "createdTo", "sort", "page", "size");

    private static final List<String> FILTERS = List.of("q", "hasEmail", "hasProperty", "optedOut", "leadSource", "type",
            "createdFrom", "createdTo");

    /** The request's parameters; a 400 naming the parameter when one is unknown or malformed. */
    public static ContactListParams from(ServerRequest request) {
        return of(QueryParameters.from(request, Set.copyOf(NAMES)));
    }

    /** The given parameters (name to value); a 400 naming the parameter when one is unknown or malformed. */
    public static ContactListParams of(Map<String, String> raw) {
        return of(QueryParameters.of(raw, Set.copyOf(NAMES)));
    }

    private static ContactListParams of(QueryParameters params) {
        String text = params.text("q");
        if (text.length() > ContactFilter.MAX_TEXT) {
            throw QueryParameters.bad("The parameter 'q' is too long: search with at most " + ContactFilter.MAX_TEXT
                    + " characters.");
        }
        String leadSource = params.text("leadSource");
        if (leadSource.length() > 100) {
            throw QueryParameters.bad("The parameter 'leadSource' is too long: use at most 100 characters.");
        }
        String type = params.choice("type", List.of("customer", "prospect"));
        LocalDate from = params.date("createdFrom");
        LocalDate to = params.date("createdTo");
        if (from != null && to != null && to.isBefore(from)) {
            throw QueryParameters.bad("The parameter 'createdTo' (" + to + ") is before 'createdFrom' (" + from
                    + "): use a date on or after it.");
        }
        ContactFilter filter = new ContactFilter(text, null, params.yesNoAny("hasEmail"), params.yesNoAny("hasProperty"),
                params.yesNoAny("optedOut"), leadSource, type == null ? null : "customer".equals(type), from, to);
        ContactSort sort;
        try {
            sort = ContactSort.fromCode(params.text("sort"));
        } catch (BusinessRuleException e) {
            throw QueryParameters.bad(params.unknown("sort", sortCodes()));
        }
        Map<String, String> values = params.values(NAMES);
        return new ContactListParams(new ContactListQuery(filter, sort, params.pageRequest()), values,
                QueryParameters.present(values));
    }

    /** Whether any filter or search narrows the list (sort, page and size do not). */
    public boolean filtered() {
        return QueryParameters.anyFilter(FILTERS, present);
    }

    private static String sortCodes() {
        return Arrays.stream(ContactSort.values()).map(ContactSort::code).collect(Collectors.joining(", "));
    }
}
