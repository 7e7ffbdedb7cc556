package com.attackacrack.crm.adapters.in.web.auth;

import com.attackacrack.crm.adapters.in.web.WebSettings;
import com.attackacrack.crm.adapters.in.web.error.ErrorPages;
import com.attackacrack.crm.application.port.in.user.AuthenticateSessionUseCase;
import io.helidon.http.UnauthorizedException;
import io.helidon.security.Security;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.security.SecurityHttpFeature;
import java.time.Clock;
import java.util.Objects;

/**
 * Everything the web server needs to know who is asking: Helidon Security with the session provider, the cookies, the
 * public allow-list, the CSRF origin check. One instance per server; controllers take its {@link #cookies()}.
 */
public final class WebSecurity {

    private final Security security;
    private final WebCookies cookies;
    private final OriginCheck origins;
    private final PublicRoutes publicRoutes;

    private WebSecurity(Security security, WebCookies cookies, OriginCheck origins, PublicRoutes publicRoutes) {
        this.security = security;
        this.cookies = cookies;
        this.origins = origins;
        this.publicRoutes = publicRoutes;
    }

    /**
     * Security for a server with these settings.
     *
     * @param settings            production flag (cookie names, Secure) and the public base URL (origin check)
     * @param authenticateSession finds the user behind a session cookie
     * @param clock               turns a session's expiry into the cookie's Max-Age
     * @return the server's security
     */
    public static WebSecurity create(WebSettings settings, AuthenticateSessionUseCase authenticateSession, Clock clock) {
        Objects.requireNonNull(settings, "settings");
        WebCookies cookies = new WebCookies(settings.production(), clock);
        Security security = Security.builder()
                .addAuthenticationProvider(new SessionAuthenticationProvider(authenticateSession, cookies.sessionCookieName()),
                        SessionAuthenticationProvider.NAME)
                .addAuditProvider(new Slf4jAuditProvider())
                .build();
        return new WebSecurity(security, cookies, new OriginCheck(settings.publicBase()), PublicRoutes.DEFAULT);
    }

    /** The cookies controllers set and clear (session, anonymous CSRF, flash). */
    public WebCookies cookies() {
        return cookies;
    }

    /** The allow-list of routes reachable without signing in. */
    public PublicRoutes publicRoutes() {
        return publicRoutes;
    }

    /**
     * Registers Helidon Security (a security context per request), then the login-required and CSRF filters, and the
     * handler that turns "sign-in required" into a redirect or a 401. Call after the logging and header filters.
     */
    public void register(HttpRouting.Builder routing, ErrorPages pages) {
        routing.addFeature(SecurityHttpFeature.create(security));
        routing.addFilter(new AuthenticationFilter(publicRoutes));
        routing.addFilter(new CsrfFilter(cookies, origins));
        routing.error(UnauthorizedException.class, new SignInRequiredHandler(pages));
    }
}
