package com.attackacrack.crm.adapters.in.web.auth;

import com.attackacrack.crm.adapters.in.web.AccessLogFilter;
import com.attackacrack.crm.adapters.in.web.FormData;
import com.attackacrack.crm.adapters.in.web.error.FriendlyHttpException;
import com.attackacrack.crm.application.port.in.user.CurrentUser;
import io.helidon.common.media.type.MediaTypes;
import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.http.PathMatcher;
import io.helidon.http.PathMatchers;
import io.helidon.http.Status;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refuses state-changing requests (POST, PUT, PATCH, DELETE; webhooks excepted) that do not come from the app's own
 * pages: the Origin (else Referer) must be the app's origin, and the request must carry the CSRF token in the
 * {@code X-CSRF-Token} header or the {@code _csrf} form field. The expected token is the session's for a signed-in
 * user, else the anonymous {@code crm_csrf} cookie (double submit). Only URL-encoded form bodies are read for the field;
 * other bodies (multipart uploads) must send the header.
 */
public final class CsrfFilter implements Filter {

    /** What a person sees when the check fails. */
    public static final String MESSAGE = "This form expired or came from another site. Go back, reload and try again.";

    private static final Logger LOG = LoggerFactory.getLogger(CsrfFilter.class);
    private static final Set<Method> STATE_CHANGING = Set.of(Method.POST, Method.PUT, Method.PATCH, Method.DELETE);
    /** The invite page sends {@code Referrer-Policy: no-referrer}, so browsers post its form with {@code Origin: null}. */
    private static final PathMatcher ORIGIN_WITHHELD = PathMatchers.create("/invite/{token}");

    private final WebCookies cookies;
    private final OriginCheck origins;

    /** A filter reading the anonymous token from the given cookies and checking origins with the given check. */
    public CsrfFilter(WebCookies cookies, OriginCheck origins) {
        this.cookies = Objects.requireNonNull(cookies, "cookies");
        this.origins = Objects.requireNonNull(origins, "origins");
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest request, RoutingResponse response) {
        Method method = request.prologue().method();
        if (!STATE_CHANGING.contains(method) || request.prologue().uriPath().path().startsWith(PublicRoutes.WEBHOOKS_PREFIX)) {
            chain.proceed();
            return;
        }
        Optional<CurrentUser> user = CurrentUsers.find(request);
        if (!originAllowed(request, user.isPresent())) {
            refuse(request, "origin");
        }
        String expected = user.map(CurrentUser::csrfToken).or(() -> cookies.csrfToken(request)).orElse(null);
        if (!CsrfTokens.matches(expected, providedToken(request))) {
            refuse(request, expected == null ? "no-expected-token" : "token");
        }
        chain.proceed();
    }

    private boolean originAllowed(RoutingRequest request, boolean signedIn) {
        if (origins.allows(request.headers(), request.authority())) {
            return true;
        }
        return !signedIn && OriginCheck.opaqueOrigin(request.headers())
                && ORIGIN_WITHHELD.match(request.prologue().uriPath()).accepted();
    }

    private static String providedToken(RoutingRequest request) {
        Optional<String> header = request.headers().first(HeaderNames.create(CsrfTokens.HEADER));
        if (header.isPresent()) {
            return header.get();
        }
        boolean urlEncoded = request.headers().contentType()
                .map(type -> type.test(MediaTypes.APPLICATION_FORM_URLENCODED))
                .orElse(false);
        return urlEncoded ? FormData.of(request).value(CsrfTokens.FORM_FIELD) : null;
    }

    private static void refuse(RoutingRequest request, String reason) {
        LOG.info("CSRF check refused request reason={} method={} path={}", reason, request.prologue().method().text(),
                AccessLogFilter.safePath(request.prologue().uriPath().rawPath()));
        throw new FriendlyHttpException(Status.FORBIDDEN_403, MESSAGE);
    }
}
