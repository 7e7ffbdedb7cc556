package com.attackacrack.crm.adapters.in.web.error;

import com.attackacrack.crm.adapters.in.web.JsonResponses;
import com.attackacrack.crm.adapters.in.web.SecurityHeadersFilter;
import com.attackacrack.crm.adapters.in.web.TemplateRenderer;
import com.attackacrack.crm.adapters.in.web.auth.CurrentUsers;
import com.attackacrack.crm.adapters.in.web.auth.ViewerView;
import io.helidon.common.media.type.MediaTypes;
import io.helidon.http.Header;
import io.helidon.http.HeaderValues;
import io.helidon.http.ServerRequestHeaders;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Renders the friendly error answers: an HTML page for browsers, a small JSON body for clients that ask for JSON. */
public final class ErrorPages {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);
    private static final int REFERENCE_LENGTH = 12;

    private final TemplateRenderer renderer;
    private final List<Header> securityHeaders;

    /**
     * Error pages drawn with the shared page layout.
     *
     * @param renderer   the shared page renderer
     * @param production whether HSTS belongs in the security headers error answers carry
     */
    public ErrorPages(TemplateRenderer renderer, boolean production) {
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.securityHeaders = SecurityHeadersFilter.headers(production);
    }

    /** The security headers every error answer carries (Helidon drops headers set before an error handler runs). */
    public List<Header> securityHeaders() {
        return securityHeaders;
    }

    /**
     * A rendered error answer.
     *
     * @param contentType the Content-Type header to send
     * @param body        the bytes to send
     */
    public record Rendered(Header contentType, byte[] body) {
    }

    /** A fresh, unguessable error reference to show the user and put in the log line. */
    public static String newReference() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, REFERENCE_LENGTH).toUpperCase(Locale.ROOT);
    }

    /** True when the client ranks JSON above HTML in its Accept header (browsers never do). */
    public static boolean prefersJson(ServerRequestHeaders headers) {
        return headers.bestAccepted(MediaTypes.TEXT_HTML, MediaTypes.APPLICATION_JSON)
                .map(MediaTypes.APPLICATION_JSON::equals)
                .orElse(false);
    }

    /** Sends the error answer for the status, negotiated on the request's Accept header; never cached. */
    public void send(ServerRequest request, ServerResponse response, Status status, String reference) {
        send(request, response, status, reference, null);
    }

    /**
     * Sends the error answer with a message written for people ({@code null}: the status's standard sentence). A signed-in
     * user's page keeps their navigation.
     */
    public void send(ServerRequest request, ServerResponse response, Status status, String reference, String message) {
        Rendered rendered = render(prefersJson(request.headers()), status, reference, message,
                CurrentUsers.find(request).map(ViewerView::from).orElse(null));
        response.status(status);
        securityHeaders.forEach(response::header);
        response.header(rendered.contentType());
        response.header(TemplateRenderer.NO_STORE);
        response.send(rendered.body());
    }

    /** Renders the answer for the status; {@code reference} may be null when there is nothing to look up in the logs. */
    public Rendered render(boolean json, Status status, String reference) {
        return render(json, status, reference, null, null);
    }

    private Rendered render(boolean json, Status status, String reference, String customMessage, ViewerView viewer) {
        Optional<String> ref = Optional.ofNullable(reference);
        String message = customMessage == null ? message(status) : customMessage;
        if (json) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", status.code());
            body.put("error", status.reasonPhrase());
            body.put("message", message);
            ref.ifPresent(it -> body.put("reference", it));
            return new Rendered(HeaderValues.CONTENT_TYPE_JSON, JsonResponses.toBytes(body));
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("status", status.code());
        model.put("reason", status.reasonPhrase());
        model.put("message", message);
        ref.ifPresent(it -> model.put("reference", it));
        if (viewer != null) {
            model.put(TemplateRenderer.VIEWER, viewer);
        }
        String html;
        try {
            html = renderer.render(view(status), model);
        } catch (RuntimeException e) {
            LOG.error("Error page for status {} failed to render; sending the plain fallback", status.code(), e);
            html = "<!doctype html><title>" + status.code() + "</title><h1>" + status.code() + " "
                    + status.reasonPhrase() + "</h1><p>" + message + "</p>"
                    + ref.map(it -> "<p>Reference: " + it + "</p>").orElse("");
        }
        return new Rendered(TemplateRenderer.HTML_CONTENT_TYPE, html.getBytes(StandardCharsets.UTF_8));
    }

    private static String view(Status status) {
        return switch (status.code()) {
            case 404 -> "errors/404";
            case 413 -> "errors/413";
            default -> status.code() >= 500 ? "errors/500" : "errors/error";
        };
    }

    private static String message(Status status) {
        return switch (status.code()) {
            case 400 -> "The request could not be understood.";
            case 401 -> "Sign in to continue.";
            case 403 -> "You do not have access to this page.";
            case 404 -> "There is no page at this address.";
            case 405 -> "This address does not accept that kind of request.";
            case 413 -> "The request was larger than this server accepts.";
            default -> status.code() >= 500
                    ? "Something went wrong on our side. If it keeps happening, report it with the reference below."
                    : "The request could not be completed.";
        };
    }
}
