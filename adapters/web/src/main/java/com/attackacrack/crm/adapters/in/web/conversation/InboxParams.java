package com.attackacrack.crm.adapters.in.web.conversation;

import com.attackacrack.crm.adapters.in.web.listing.QueryParameters;
import com.attackacrack.crm.domain.conversation.InboxFilter;
import com.attackacrack.crm.domain.shared.PageRequest;
import io.helidon.webserver.http.ServerRequest;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The inbox's query parameters, checked: {@code q} (name, phone or message text), the checkboxes {@code unread},
 * {@code calls} and {@code media} ({@code yes} when ticked), {@code page} (1-based) and {@code size}.
 *
 * @param filter  the inbox filter for the use case
 * @param page    the page asked for
 * @param values  every parameter's trimmed value ({@code ""} when absent), for the filter form
 * @param present the parameters with a value, for links that keep the filters
 */
public record InboxParams(InboxFilter filter, PageRequest page, Map<String, String> values, Map<String, String> present) {

    /** Every parameter the inbox understands, in form order. */
    public static final List<String> NAMES = List.of("q", "unread", "calls", "media", "page", "size");

    private static final List<String> FILTERS = List.of("q", "unread", "calls", "media");

    /** The request's parameters; a 400 naming the parameter when one is unknown or malformed. */
    public static InboxParams from(ServerRequest request) {
        QueryParameters params = QueryParameters.from(request, Set.copyOf(NAMES));
        String text = params.text("q");
        if (text.length() > InboxFilter.MAX_SEARCH) {
            throw QueryParameters.bad("The parameter 'q' is too long: search with at most " + InboxFilter.MAX_SEARCH
                    + " characters.");
        }
        InboxFilter filter = new InboxFilter(text, ticked(params, "unread"), ticked(params, "calls"), ticked(params, "media"));
        Map<String, String> values = params.values(NAMES);
        return new InboxParams(filter, params.pageRequest(), values, QueryParameters.present(values));
    }

    /** Whether any search or checkbox narrows the inbox (page and size do not). */
    public boolean filtered() {
        return QueryParameters.anyFilter(FILTERS, present) && (filter.search() != null || filter.unreadOnly()
                || filter.hasCalls() || filter.hasMedia());
    }

    private static boolean ticked(QueryParameters params, String name) {
        return Boolean.TRUE.equals(params.yesNoAny(name));
    }
}
