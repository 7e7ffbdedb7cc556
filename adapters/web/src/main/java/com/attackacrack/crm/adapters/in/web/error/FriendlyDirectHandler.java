package com.attackacrack.crm.adapters.in.web.error;

import com.attackacrack.crm.adapters.in.web.AccessLogFilter;
import com.attackacrack.crm.adapters.in.web.TemplateRenderer;
import io.helidon.http.DirectHandler;
import io.helidon.http.ServerRequestHeaders;
import io.helidon.http.ServerResponseHeaders;
import io.helidon.http.Status;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers the errors Helidon raises outside the routes (an oversized body, a malformed request) with the same friendly
 * pages and security headers as routed answers, never echoing the internal message.
 */
public final class FriendlyDirectHandler implements DirectHandler {

    private static final Logger LOG = LoggerFactory.getLogger(FriendlyDirectHandler.class);

    private final ErrorPages pages;

    /** A handler drawing its pages, security headers included, with the given error pages. */
    public FriendlyDirectHandler(ErrorPages pages) {
        this.pages = Objects.requireNonNull(pages, "pages");
    }

    /** Called by routing (the connection stays usable); routing's access log filter records the request. */
    @Override
    public TransportResponse handle(TransportRequest request, EventType eventType, Status status,
                                    ServerResponseHeaders responseHeaders, Throwable thrown) {
        String reference = null;
        if (status.code() >= Status.INTERNAL_SERVER_ERROR_500.code()) {
            reference = ErrorPages.newReference();
            LOG.error("Request failed reference={} event={} method={} path={}", reference, eventType, request.method(),
                    request.path(), thrown);
        }
        return respond(request, eventType, status, responseHeaders, reference);
    }

    /** Called by the connection before any route ran (e.g. Content-Length over the limit); the connection then closes. */
    @Override
    public TransportResponse handle(TransportRequest request, EventType eventType, Status status,
                                    ServerResponseHeaders responseHeaders, String message) {
        String reference = null;
        if (status.code() >= Status.INTERNAL_SERVER_ERROR_500.code()) {
            reference = ErrorPages.newReference();
            LOG.error("Request failed before routing reference={} event={} method={} path={}", reference, eventType,
                    request.method(), request.path());
        } else {
            LOG.debug("Request refused before routing status={} event={}", status.code(), eventType);
        }
        TransportResponse response = respond(request, eventType, status, responseHeaders, reference);
        AccessLogFilter.log(request.method(), request.path(), status.code(), -1, response.entity().map(it -> it.length).orElse(0),
                "-");
        return response;
    }

    private TransportResponse respond(TransportRequest request, EventType eventType, Status status,
                                      ServerResponseHeaders responseHeaders, String reference) {
        ErrorPages.Rendered rendered = pages.render(prefersJson(request), status, reference);
        TransportResponse.Builder builder = TransportResponse.builder()
                .status(status)
                .headers(responseHeaders)
                .keepAlive(eventType.keepAlive() && status.code() != Status.REQUEST_ENTITY_TOO_LARGE_413.code());
        pages.securityHeaders().forEach(builder::header);
        return builder
                .header(rendered.contentType())
                .header(TemplateRenderer.NO_STORE)
                .entity(rendered.body())
                .build();
    }

    private static boolean prefersJson(TransportRequest request) {
        try {
            ServerRequestHeaders headers = request.headers();
            return headers != null && ErrorPages.prefersJson(headers);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
