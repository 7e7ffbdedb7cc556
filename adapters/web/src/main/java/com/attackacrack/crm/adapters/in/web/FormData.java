package com.attackacrack.crm.adapters.in.web;

import io.helidon.common.parameters.Parameters;
import io.helidon.webserver.http.ServerRequest;
import java.util.List;

/**
 * The URL-encoded form of a request, read once and kept in the request context: the CSRF filter reads the
 * {@code _csrf} field before the route runs, and the route reads the same form afterwards.
 */
public final class FormData {

    private static final int MAX_FIELD_LENGTH = 10_000;

    private final Parameters parameters;

    private FormData(Parameters parameters) {
        this.parameters = parameters;
    }

    /** The request's form; an empty form when the request has no body. */
    public static FormData of(ServerRequest request) {
        return request.context().get(FormData.class).orElseGet(() -> {
            FormData form = new FormData(request.content().hasEntity()
                    ? request.content().as(Parameters.class)
                    : Parameters.empty("form"));
            request.context().register(form);
            return form;
        });
    }

    /** Every value of a repeated field (checkboxes), in form order; none when absent. */
    public List<String> all(String name) {
        return parameters.all(name, List::of);
    }

    /** The first value of the field, or {@code ""} when absent; overlong values are cut (no field needs 10,000 characters). */
    public String value(String name) {
        String value = parameters.first(name).orElse("");
        return value.length() > MAX_FIELD_LENGTH ? value.substring(0, MAX_FIELD_LENGTH) : value;
    }
}
