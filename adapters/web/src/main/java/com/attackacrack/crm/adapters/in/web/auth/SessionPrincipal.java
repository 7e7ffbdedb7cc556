package com.attackacrack.crm.adapters.in.web.auth;

import com.attackacrack.crm.application.port.in.user.CurrentUser;
import io.helidon.security.Principal;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/** The Helidon Security principal of a signed-in session: carries the {@link CurrentUser} so routes can read it back. */
public final class SessionPrincipal implements Principal {

    private final CurrentUser currentUser;

    /** The principal for the session's user. */
    public SessionPrincipal(CurrentUser currentUser) {
        this.currentUser = Objects.requireNonNull(currentUser, "currentUser");
    }

    /** The signed-in user and their session's CSRF token. */
    public CurrentUser currentUser() {
        return currentUser;
    }

    @Override
    public String id() {
        return currentUser.user().id().toString();
    }

    @Override
    public String getName() {
        return currentUser.user().email().value();
    }

    @Override
    public Object abacAttributeRaw(String key) {
        return switch (key) {
            case "email" -> currentUser.user().email().value();
            case "role" -> currentUser.user().role().code();
            default -> null;
        };
    }

    @Override
    public Collection<String> abacAttributeNames() {
        return List.of("email", "role");
    }

    @Override
    public String toString() {
        return "SessionPrincipal[user=" + id() + "]";
    }
}
