package com.attackacrack.crm.adapters.in.web.error;

import com.attackacrack.crm.adapters.in.web.AccessLogFilter;
import io.helidon.http.HttpException;
import io.helidon.http.Status;
import io.helidon.webserver.http.ErrorHandler;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns Helidon's {@link HttpException}s (not found, bad request, method not allowed, ...) into friendly answers. */
public final class HttpErrorHandler implements ErrorHandler<HttpException> {

    private static final Logger LOG = LoggerFactory.getLogger(HttpErrorHandler.class);

    private final ErrorPages pages;

    /** A handler drawing its pages with the given error pages. */
    public HttpErrorHandler(ErrorPages pages) {
        this.pages = Objects.requireNonNull(pages, "pages");
    }

    @Override
    public void handle(ServerRequest request, ServerResponse response, HttpException exception) {
        Status status = exception.status();
        String reference = null;
        if (status.code() >= Status.INTERNAL_SERVER_ERROR_500.code()) {
            reference = ErrorPages.newReference();
            LOG.error("HTTP error reference={} status={} method={} path={}", reference, status.code(),
                    request.prologue().method().text(), AccessLogFilter.safePath(request.prologue().uriPath().rawPath()), exception);
        } else {
            LOG.debug("HTTP error status={} method={} path={}: {}", status.code(), request.prologue().method().text(),
                    AccessLogFilter.safePath(request.prologue().uriPath().rawPath()), exception.getMessage());
        }
        exception.headers().forEach(response::header);
        String message = exception instanceof FriendlyHttpException friendly ? friendly.userMessage() : null;
        pages.send(request, response, status, reference, message);
    }
}
