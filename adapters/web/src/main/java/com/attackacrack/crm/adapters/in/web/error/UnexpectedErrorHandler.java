package com.attackacrack.crm.adapters.in.web.error;

import com.attackacrack.crm.adapters.in.web.AccessLogFilter;
import io.helidon.http.Status;
import io.helidon.webserver.http.ErrorHandler;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers any exception a route did not handle with the 500 page carrying an error reference, and logs that reference
 * with the stack trace at ERROR; the user never sees the exception or its message.
 */
public final class UnexpectedErrorHandler implements ErrorHandler<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrorHandler.class);

    private final ErrorPages pages;

    /** A handler drawing its page with the given error pages. */
    public UnexpectedErrorHandler(ErrorPages pages) {
        this.pages = Objects.requireNonNull(pages, "pages");
    }

    @Override
    public void handle(ServerRequest request, ServerResponse response, Throwable error) {
        String reference = ErrorPages.newReference();
        LOG.error("Unhandled error reference={} method={} path={}", reference, request.prologue().method().text(),
                AccessLogFilter.safePath(request.prologue().uriPath().rawPath()), error);
        pages.send(request, response, Status.INTERNAL_SERVER_ERROR_500, reference);
    }
}
