package com.attackacrack.crm.adapters.in.web.listing;

import io.helidon.http.NotFoundException;
import io.helidon.webserver.http.ServerRequest;
import java.util.OptionalLong;

/** Reads record ids from paths such as {@code /contacts/{id}}: anything but a positive whole number is a 404. */
public final class PathIds {

    private PathIds() {
    }

    /** The positive id in the named path parameter; a 404 otherwise. */
    public static long of(ServerRequest request, String name) {
        String raw = request.path().pathParameters().first(name).orElse("");
        return parse(raw).orElseThrow(() -> new NotFoundException("No such id: " + raw.length() + " characters"));
    }

    /** The positive id written in the text, if it is one. */
    public static OptionalLong parse(String raw) {
        String value = raw == null ? "" : raw.strip();
        if (value.isEmpty() || value.length() > 18 || !value.chars().allMatch(Character::isDigit)) {
            return OptionalLong.empty();
        }
        long id = Long.parseLong(value);
        return id > 0 ? OptionalLong.of(id) : OptionalLong.empty();
    }
}
