package com.attackacrack.crm.adapters.in.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.adapters.in.web.support.FakeAccounts;
import com.attackacrack.crm.application.port.in.user.SignedIn;
import com.attackacrack.crm.domain.user.Permission;
import io.helidon.security.AuthenticationResponse;
import io.helidon.security.Role;
import io.helidon.security.Security;
import io.helidon.security.SecurityContext;
import io.helidon.security.SecurityEnvironment;
import io.helidon.security.SecurityResponse.SecurityStatus;
import io.helidon.security.Subject;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionAuthenticationProviderTest {

    private final FakeAccounts accounts = new FakeAccounts();
    private final Security security = Security.builder()
            .addAuthenticationProvider(new SessionAuthenticationProvider(accounts, "crm_session"), SessionAuthenticationProvider.NAME)
            .build();

    private SecurityContext contextWithCookie(String cookieHeader) {
        SecurityEnvironment.Builder env = SecurityEnvironment.builder();
        if (cookieHeader != null) {
            env.header("Cookie", cookieHeader);
        }
        return security.contextBuilder("test").env(env.build()).build();
    }

    @Test
    void aValidSessionCookieAuthenticatesWithTheUserAndTheirPermissionsAsRoles() {
        SignedIn session = accounts.openSession(accounts.marketer());
        SecurityContext context = contextWithCookie("other=1; crm_session=" + session.sessionToken());

        AuthenticationResponse response = context.atnClientBuilder().submit();

        assertThat(response.status()).isEqualTo(SecurityStatus.SUCCESS);
        assertThat(context.isAuthenticated()).isTrue();
        SessionPrincipal principal = (SessionPrincipal) context.userPrincipal().orElseThrow();
        assertThat(principal.currentUser().user()).isEqualTo(accounts.marketer());
        assertThat(principal.currentUser().csrfToken()).isEqualTo(session.csrfToken());
        assertThat(principal.getName()).isEqualTo("mark@example.com");
        assertThat(principal.id()).isEqualTo("2");
        assertThat(context.isUserInRole("USE_CRM")).isTrue();
        assertThat(context.isUserInRole("MANAGE_USERS")).isFalse();
        assertThat(context.isUserInRole("MARKETER")).as("roles are permissions, never role names").isFalse();
    }

    @Test
    void anAdminSubjectHoldsEveryPermission() {
        Subject subject = SessionAuthenticationProvider.subject(new com.attackacrack.crm.application.port.in.user.CurrentUser(
                accounts.admin(), "csrf"));

        assertThat(subject.grants(Role.class)).extracting(Role::getName)
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(Permission.values()).map(Enum::name).toList());
    }

    @Test
    void noCookieAbstains() {
        SecurityContext context = contextWithCookie(null);

        assertThat(context.atnClientBuilder().submit().status()).isEqualTo(SecurityStatus.ABSTAIN);
        assertThat(context.isAuthenticated()).isFalse();
    }

    @Test
    void anUnknownOrRevokedSessionFails() {
        SignedIn session = accounts.openSession(accounts.admin());
        accounts.signOut(session.sessionToken());

        for (String cookie : List.of("crm_session=unknown", "crm_session=" + session.sessionToken())) {
            SecurityContext context = contextWithCookie(cookie);
            assertThat(context.atnClientBuilder().submit().status()).as(cookie).isEqualTo(SecurityStatus.FAILURE);
            assertThat(context.isAuthenticated()).isFalse();
        }
    }

    @Test
    void implausibleTokensNeverReachTheUseCase() {
        for (String cookie : List.of("crm_session=" + "a".repeat(257), "crm_session=a b", "crm_session=<script>")) {
            assertThat(contextWithCookie(cookie).atnClientBuilder().submit().status()).as(cookie).isEqualTo(SecurityStatus.ABSTAIN);
        }
    }

    @Test
    void aDeactivatedUsersSessionFails() {
        SignedIn session = accounts.openSession(accounts.marketer());
        accounts.put(accounts.marketer().withActive(false));

        assertThat(contextWithCookie("crm_session=" + session.sessionToken()).atnClientBuilder().submit().status())
                .isEqualTo(SecurityStatus.FAILURE);
    }
}
