package com.attackacrack.crm.adapters.in.web.auth;

import com.attackacrack.crm.adapters.in.web.TemplateRenderer;
import com.attackacrack.crm.adapters.in.web.error.ErrorPages;
import io.helidon.http.HeaderNames;
import io.helidon.http.HttpMediaType;
import io.helidon.http.Method;
import io.helidon.http.ServerRequestHeaders;
import io.helidon.http.Status;
import io.helidon.http.UnauthorizedException;
import io.helidon.webserver.http.ErrorHandler;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

/**
 * Answers a request that needs a signed-in user but has none: a browser page load is redirected (302) to
 * {@code /login?next=<path and query>}; an htmx request gets 401 with {@code HX-Redirect} to the same place; any other
 * client (API, scripts) gets 401 with a JSON body.
 */
public final class SignInRequiredHandler implements ErrorHandler<UnauthorizedException> {

    /** The login page. */
    public static final String LOGIN_PATH = "/login";

    private final ErrorPages pages;

    /** A handler drawing its JSON answer and security headers with the given error pages. */
    public SignInRequiredHandler(ErrorPages pages) {
        this.pages = Objects.requireNonNull(pages, "pages");
    }

    @Override
    public void handle(ServerRequest request, ServerResponse response, UnauthorizedException exception) {
        pages.securityHeaders().forEach(response::header);
        response.header(TemplateRenderer.NO_STORE);
        String login = loginUrl(request);
        ServerRequestHeaders headers = request.headers();
        if (headers.first(HeaderNames.create("HX-Request")).isPresent()) {
            response.header("HX-Redirect", login);
            sendJson(response);
        } else if (wantsHtml(headers)) {
            response.status(Status.FOUND_302);
            response.header(HeaderNames.LOCATION, login);
            response.send();
        } else {
            sendJson(response);
        }
    }

    /** True for browser page loads: a navigation, or an Accept header that names HTML explicitly. */
    public static boolean wantsHtml(ServerRequestHeaders headers) {
        boolean navigation = headers.first(HeaderNames.create("Sec-Fetch-Mode")).map("navigate"::equalsIgnoreCase).orElse(false)
                || headers.first(HeaderNames.create("Sec-Fetch-Dest")).map("document"::equalsIgnoreCase).orElse(false);
        return navigation || headers.acceptedTypes().stream().anyMatch(SignInRequiredHandler::html);
    }

    private static boolean html(HttpMediaType type) {
        String name = (type.mediaType().type() + "/" + type.mediaType().subtype()).toLowerCase(Locale.ROOT);
        return type.qualityFactor() > 0 && ("text/html".equals(name) || "application/xhtml+xml".equals(name));
    }

    private static String loginUrl(ServerRequest request) {
        Method method = request.prologue().method();
        if (method != Method.GET && method != Method.HEAD) {
            return LOGIN_PATH;
        }
        String query = request.prologue().query().rawValue();
        String target = request.prologue().uriPath().rawPath() + (query.isEmpty() ? "" : "?" + query);
        String safe = SafeRedirects.target(target);
        return SafeRedirects.HOME.equals(safe) ? LOGIN_PATH : LOGIN_PATH + "?next=" + URLEncoder.encode(safe, StandardCharsets.UTF_8);
    }

    private void sendJson(ServerResponse response) {
        ErrorPages.Rendered rendered = pages.render(true, Status.UNAUTHORIZED_401, null);
        response.status(Status.UNAUTHORIZED_401);
        response.header(rendered.contentType());
        response.send(rendered.body());
    }
}
