package com.attackacrack.crm.adapters.in.web.error;

import com.attackacrack.crm.adapters.in.web.AccessLogFilter;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import io.helidon.http.Status;
import io.helidon.webserver.http.ErrorHandler;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The safety net for expected business failures a route did not turn into a form message: the error page with the
 * exception's message (written for people) and a status from its kind. Never a stack trace.
 */
public final class BusinessRuleErrorHandler implements ErrorHandler<BusinessRuleException> {

    private static final Logger LOG = LoggerFactory.getLogger(BusinessRuleErrorHandler.class);

    private final ErrorPages pages;

    /** A handler drawing its pages with the given error pages. */
    public BusinessRuleErrorHandler(ErrorPages pages) {
        this.pages = Objects.requireNonNull(pages, "pages");
    }

    /** The HTTP status for a kind of business failure. */
    public static Status status(BusinessRuleException.Kind kind) {
        return switch (kind) {
            case INVALID -> Status.BAD_REQUEST_400;
            case NOT_FOUND -> Status.NOT_FOUND_404;
            case CONFLICT -> Status.CONFLICT_409;
            case FORBIDDEN -> Status.FORBIDDEN_403;
            case TOO_MANY_ATTEMPTS -> Status.TOO_MANY_REQUESTS_429;
        };
    }

    @Override
    public void handle(ServerRequest request, ServerResponse response, BusinessRuleException exception) {
        LOG.info("Business rule refused request kind={} method={} path={}", exception.kind(), request.prologue().method().text(),
                AccessLogFilter.safePath(request.prologue().uriPath().rawPath()));
        pages.send(request, response, status(exception.kind()), null, exception.getMessage());
    }
}
