package com.attackacrack.crm.adapters.in.web.auth;

import com.attackacrack.crm.application.port.in.user.SignedIn;
import io.helidon.http.HeaderNames;
import io.helidon.http.SetCookie;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The CRM's cookies: the session cookie, the anonymous forms' CSRF cookie and the one-shot flash cookie. In production
 * their names carry the {@code __Host-} prefix (Secure, Path=/, no Domain: only this exact origin can set them);
 * every one is HttpOnly and SameSite=Lax.
 */
public final class WebCookies {

    private static final String HOST_PREFIX = "__Host-";
    private static final Duration FLASH_LIFETIME = Duration.ofMinutes(2);

    private final boolean production;
    private final Clock clock;

    /**
     * Cookies for production ({@code __Host-} names, Secure) or development and tests.
     *
     * @param production whether the app runs behind HTTPS in production
     * @param clock      the clock that turns a session's expiry into a Max-Age
     */
    public WebCookies(boolean production, Clock clock) {
        this.production = production;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** {@code crm_session}, or {@code __Host-crm_session} in production. */
    public String sessionCookieName() {
        return name("crm_session");
    }

    /** {@code crm_csrf}, or {@code __Host-crm_csrf} in production. */
    public String csrfCookieName() {
        return name("crm_csrf");
    }

    /** {@code crm_flash}, or {@code __Host-crm_flash} in production. */
    public String flashCookieName() {
        return name("crm_flash");
    }

    /** The session token the browser sent, if any. */
    public Optional<String> sessionToken(ServerRequest request) {
        return read(request, sessionCookieName());
    }

    /** Sets a brand-new session cookie that lives until the session expires. */
    public void startSession(ServerResponse response, SignedIn signedIn) {
        Duration untilExpiry = Duration.between(clock.instant(), signedIn.expiresAt());
        set(response, sessionCookieName(), signedIn.sessionToken(), untilExpiry.isNegative() ? Duration.ZERO : untilExpiry);
    }

    /** Tells the browser to forget the session cookie. */
    public void endSession(ServerResponse response) {
        clear(response, sessionCookieName());
    }

    /** The anonymous forms' CSRF cookie value, if the browser sent one. */
    public Optional<String> csrfToken(ServerRequest request) {
        return read(request, csrfCookieName());
    }

    /** Sets the anonymous forms' CSRF cookie for the browser session (no Max-Age: it ends when the browser closes). */
    void setCsrfToken(ServerResponse response, String token) {
        set(response, csrfCookieName(), token, null);
    }

    /** The flash cookie's raw value, if present. */
    public Optional<String> flash(ServerRequest request) {
        return read(request, flashCookieName());
    }

    /** Sets the flash cookie; it lives two minutes, long enough for the redirect that follows. */
    public void setFlash(ServerResponse response, String encoded) {
        set(response, flashCookieName(), encoded, FLASH_LIFETIME);
    }

    /** Removes the flash cookie once shown. */
    public void clearFlash(ServerResponse response) {
        clear(response, flashCookieName());
    }

    private Optional<String> read(ServerRequest request, String name) {
        List<String> headers = request.headers().contains(HeaderNames.COOKIE) ? request.headers().all(HeaderNames.COOKIE, List::of)
                : List.of();
        return Cookies.find(headers, name);
    }

    private void set(ServerResponse response, String name, String value, Duration maxAge) {
        SetCookie.Builder cookie = builder(name, value);
        if (maxAge != null) {
            cookie.maxAge(maxAge);
        }
        response.headers().addCookie(cookie.build());
    }

    /** Helidon leaves out {@code Max-Age=0}, so a cleared cookie gets an expiry in the past instead. */
    private void clear(ServerResponse response, String name) {
        response.headers().addCookie(builder(name, "").expires(Instant.EPOCH).build());
    }

    private SetCookie.Builder builder(String name, String value) {
        return SetCookie.builder(name, value)
                .path("/")
                .httpOnly(true)
                .secure(production)
                .sameSite(SetCookie.SameSite.LAX);
    }

    private String name(String base) {
        return production ? HOST_PREFIX + base : base;
    }
}
