package com.attackacrack.crm.adapters.in.web.error;

import io.helidon.http.Status;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Objects;

/** The last route: answers every request no other route took with the friendly 404 page (or JSON). */
public final class NotFoundHandler implements Handler {

    private final ErrorPages pages;

    /** A fallback route drawing its page with the given error pages. */
    public NotFoundHandler(ErrorPages pages) {
        this.pages = Objects.requireNonNull(pages, "pages");
    }

    @Override
    public void handle(ServerRequest request, ServerResponse response) {
        pages.send(request, response, Status.NOT_FOUND_404, null);
    }
}
