package com.attackacrack.crm.adapters.in.web.auth;

import com.attackacrack.crm.application.port.in.user.AuthenticateSessionUseCase;
import com.attackacrack.crm.application.port.in.user.CurrentUser;
import com.attackacrack.crm.domain.user.Permission;
import io.helidon.security.AuthenticationResponse;
import io.helidon.security.ProviderRequest;
import io.helidon.security.Role;
import io.helidon.security.Subject;
import io.helidon.security.spi.AuthenticationProvider;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Helidon Security authentication provider for the CRM's session cookie: asks {@link AuthenticateSessionUseCase} who the
 * cookie's token belongs to. The subject's principal is a {@link SessionPrincipal}; its role grants are the user's
 * {@link Permission} names, so routes check permissions and the role-to-permission map stays in the domain.
 */
public final class SessionAuthenticationProvider implements AuthenticationProvider {

    /** Name under which the provider is registered with Helidon Security. */
    public static final String NAME = "crm-session";

    private static final int MAX_TOKEN_LENGTH = 256;

    private final AuthenticateSessionUseCase authenticateSession;
    private final String cookieName;

    /**
     * A provider reading the named session cookie.
     *
     * @param authenticateSession finds the user behind a session token
     * @param cookieName          the session cookie's name ({@code crm_session} or {@code __Host-crm_session})
     */
    public SessionAuthenticationProvider(AuthenticateSessionUseCase authenticateSession, String cookieName) {
        this.authenticateSession = Objects.requireNonNull(authenticateSession, "authenticateSession");
        this.cookieName = Objects.requireNonNull(cookieName, "cookieName");
    }

    @Override
    public AuthenticationResponse authenticate(ProviderRequest request) {
        List<String> cookieHeaders = request.env().headers().get("Cookie");
        Optional<String> token = Cookies.find(cookieHeaders, cookieName).filter(SessionAuthenticationProvider::plausible);
        if (token.isEmpty()) {
            return AuthenticationResponse.abstain();
        }
        return authenticateSession.authenticate(token.get())
                .map(SessionAuthenticationProvider::success)
                .orElseGet(() -> AuthenticationResponse.failed("Session unknown, expired or revoked"));
    }

    /** The Helidon subject for a signed-in user: principal with the user, one role grant per permission the user holds. */
    public static Subject subject(CurrentUser currentUser) {
        Subject.Builder subject = Subject.builder().principal(new SessionPrincipal(currentUser));
        for (Permission permission : Permission.values()) {
            if (currentUser.can(permission)) {
                subject.addGrant(Role.create(permission.name()));
            }
        }
        return subject.build();
    }

    private static AuthenticationResponse success(CurrentUser currentUser) {
        return AuthenticationResponse.success(subject(currentUser));
    }

    private static boolean plausible(String token) {
        if (token.length() > MAX_TOKEN_LENGTH) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
