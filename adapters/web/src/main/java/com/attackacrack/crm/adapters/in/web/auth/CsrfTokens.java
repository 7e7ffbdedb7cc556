package com.attackacrack.crm.adapters.in.web.auth;

import com.attackacrack.crm.application.port.in.user.CurrentUser;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * CSRF tokens for forms: a signed-in user's forms carry their session's token; anonymous forms (login, invite) carry a
 * random token that is also set as the {@code crm_csrf} cookie (double submit). Tokens are compared in constant time.
 */
public final class CsrfTokens {

    /** Name of the hidden form field carrying the token. */
    public static final String FORM_FIELD = "_csrf";

    /** Name of the header htmx requests carry the token in. */
    public static final String HEADER = "X-CSRF-Token";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int TOKEN_BYTES = 32;
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final WebCookies cookies;

    /** Tokens whose anonymous half lives in the given cookies. */
    public CsrfTokens(WebCookies cookies) {
        this.cookies = Objects.requireNonNull(cookies, "cookies");
    }

    /**
     * The token a form rendered for this request must carry: the session's token when signed in; otherwise the
     * browser's {@code crm_csrf} cookie, set now if it is missing or malformed.
     */
    public String forForm(ServerRequest request, ServerResponse response) {
        return CurrentUsers.find(request).map(CurrentUser::csrfToken).orElseGet(() -> {
            String existing = cookies.csrfToken(request).orElse("");
            if (WELL_FORMED.matcher(existing).matches()) {
                return existing;
            }
            String fresh = newToken();
            cookies.setCsrfToken(response, fresh);
            return fresh;
        });
    }

    /** 32 random bytes, URL-safe Base64 without padding. */
    public static String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether both tokens are present and equal, compared in constant time ({@link MessageDigest#isEqual}). */
    public static boolean matches(String expected, String provided) {
        if (expected == null || provided == null || expected.isEmpty() || provided.isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), provided.getBytes(StandardCharsets.UTF_8));
    }
}
