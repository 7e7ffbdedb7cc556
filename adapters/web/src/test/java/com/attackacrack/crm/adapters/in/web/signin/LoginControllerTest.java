package com.attackacrack.crm.adapters.in.web.signin;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.adapters.in.web.support.Browser;
import com.attackacrack.crm.adapters.in.web.support.FakeAccounts;
import com.attackacrack.crm.adapters.in.web.support.TestServer;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LoginControllerTest {

    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    @BeforeEach
    void reset() {
        server.accounts().reset();
    }

    private static HttpResponse<String> signIn(Browser browser, String email, String password, String next) {
        browser.get("/login");
        return browser.post("/login", next == null ? Map.of("email", email, "password", password)
                : Map.of("email", email, "password", password, "next", next));
    }

    private static String sessionCookie(HttpResponse<String> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(it -> it.startsWith(name + "=")).findFirst().orElseThrow();
    }

    @Test
    void theFormCarriesTheDoubleSubmitTokenOfItsCookie() {
        Browser browser = server.anonymous();
        HttpResponse<String> response = browser.get("/login");
        Document page = Jsoup.parse(response.body());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(page.select("#login-form input[name=_csrf]").val()).isEqualTo(browser.cookie("crm_csrf").orElseThrow())
                .matches("[A-Za-z0-9_-]{43}");
        assertThat(sessionCookie(response, "crm_csrf")).contains("HttpOnly").contains("SameSite=Lax").contains("Path=/")
                .doesNotContain("Secure");
        assertThat(page.select("#login-form input[name=email]").attr("type")).isEqualTo("email");
        assertThat(page.select("#login-form input[name=password]").attr("type")).isEqualTo("password");
        assertThat(page.select("#account-nav, #product-nav")).isEmpty();
    }

    @Test
    void bothFieldsAreMarkedRequiredLikeRecordFields() {
        Document page = Jsoup.parse(server.anonymous().get("/login").body());

        assertThat(page.select("#login-required").text()).isEqualTo("Fields marked * are required.");
        assertThat(page.select("#login-form label .text-danger[aria-hidden=true]").eachText()).containsExactly("*", "*");
        assertThat(page.select("#login-form input[required]").eachAttr("name")).containsExactly("email", "password");
    }

    @Test
    void signingInSetsABrandNewHttpOnlySessionCookieUntilTheSessionExpires() {
        Browser browser = server.anonymous().withCookie("crm_session", "stale-token");
        HttpResponse<String> response = signIn(browser, "ada@example.com", FakeAccounts.PASSWORD, null);

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue("/");
        String cookie = sessionCookie(response, "crm_session");
        assertThat(cookie).doesNotStartWith("crm_session=stale-token").contains("Max-Age=" + FakeAccounts.SESSION_LENGTH.toSeconds())
                .contains("Path=/").contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure").doesNotContain("Domain");
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
        assertThat(server.accounts().calls()).containsExactly("signIn email=ada@example.com client=127.0.0.1");
    }

    @Test
    void inProductionTheCookiesAreHostPrefixedAndSecure() {
        try (TestServer production = TestServer.start(true)) {
            Browser browser = production.anonymous();
            HttpResponse<String> form = browser.get("/login");
            HttpResponse<String> response = browser.post("/login", Map.of("email", "ada@example.com", "password", FakeAccounts.PASSWORD));

            assertThat(sessionCookie(form, "__Host-crm_csrf")).contains("Secure").contains("Path=/").doesNotContain("Domain");
            assertThat(response.statusCode()).isEqualTo(303);
            assertThat(sessionCookie(response, "__Host-crm_session")).contains("Secure").contains("Path=/").contains("HttpOnly")
                    .contains("SameSite=Lax").doesNotContain("Domain");
            assertThat(response.headers().allValues("Set-Cookie")).noneMatch(it -> it.startsWith("crm_session="));
        }
    }

    @Test
    void aWrongPasswordGetsTheOneGenericMessageAndKeepsTheEmailButNotThePassword() {
        HttpResponse<String> response = signIn(server.anonymous(), "ada@example.com", "typed-secret", null);
        Document page = Jsoup.parse(response.body());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(page.select("#login-error").text()).isEqualTo(LoginController.FAILED);
        assertThat(response.body()).doesNotContain(FakeAccounts.WRONG_PASSWORD_MESSAGE).doesNotContain("typed-secret");
        assertThat(page.select("input[name=email]").val()).isEqualTo("ada@example.com");
        assertThat(page.select("input[name=password]").hasAttr("value")).isFalse();
        assertThat(response.headers().allValues("Set-Cookie")).noneMatch(it -> it.startsWith("crm_session="));
    }

    @Test
    void anUnknownEmailGetsTheSameMessage() {
        HttpResponse<String> response = signIn(server.anonymous(), "nobody@example.com", FakeAccounts.PASSWORD, null);

        assertThat(Jsoup.parse(response.body()).select("#login-error").text()).isEqualTo(LoginController.FAILED);
    }

    @Test
    void aLockedAccountGetsTheThrottleMessage() {
        server.accounts().lock("ada@example.com");

        HttpResponse<String> response = signIn(server.anonymous(), "ada@example.com", FakeAccounts.PASSWORD, null);

        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(Jsoup.parse(response.body()).select("#login-error").text()).isEqualTo(FakeAccounts.LOCKED_MESSAGE);
    }

    @Test
    void aProtectedPageSendsYouToSignInAndBackWithItsQuery() {
        Browser browser = server.anonymous();
        HttpResponse<String> refused = browser.get("/settings/users?x=1");
        assertThat(refused.headers().firstValue("Location")).hasValue("/login?next=%2Fsettings%2Fusers%3Fx%3D1");

        Document form = Jsoup.parse(browser.get(refused.headers().firstValue("Location").orElseThrow()).body());
        assertThat(form.select("input[name=next]").val()).isEqualTo("/settings/users?x=1");
        HttpResponse<String> response = browser.post("/login", Map.of("email", "ada@example.com", "password", FakeAccounts.PASSWORD,
                "next", form.select("input[name=next]").val()));

        assertThat(response.headers().firstValue("Location")).hasValue("/settings/users?x=1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"//evil.com", "/\\evil.com", "https://evil.com", "/%2F%2Fevil.com", "/%5Cevil.com", "javascript:alert(1)",
        "/ok\r\nSet-Cookie: x=1", "/%0d%0aLocation:%20https://evil.com", "evil.com", "\t//evil.com", ""})
    void openRedirectAttemptsLandOnHome(String next) {
        HttpResponse<String> response = signIn(server.anonymous(), "ada@example.com", FakeAccounts.PASSWORD, next);

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue("/");
    }

    @Test
    void anUnsafeNextIsNotEvenPutInTheForm() {
        Document page = Jsoup.parse(server.anonymous().get("/login?next=%2F%2Fevil.com").body());

        assertThat(page.select("input[name=next]")).isEmpty();
    }

    @Test
    void aSignedInUserVisitingTheLoginPageGoesHome() {
        HttpResponse<String> response = server.admin().get("/login?next=/profile");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValue("/");
    }

    @Test
    void signingOutRevokesTheSessionClearsTheCookieAndSaysSo() {
        Browser admin = server.admin();
        String token = admin.cookie("crm_session").orElseThrow();

        HttpResponse<String> response = admin.post("/logout", Map.of());

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue("/login");
        assertThat(sessionCookie(response, "crm_session")).startsWith("crm_session=;")
                .contains("Expires=Thu, 1 Jan 1970 00:00:00 GMT").contains("Path=/");
        assertThat(server.accounts().calls()).containsExactly("signOut token=" + token);
        assertThat(server.accounts().session(token).orElseThrow().revoked()).isTrue();
        assertThat(admin.cookie("crm_session")).isEmpty();

        Document login = Jsoup.parse(admin.get("/login").body());
        assertThat(login.select("#flash").text()).isEqualTo(LoginController.SIGNED_OUT);
        assertThat(Jsoup.parse(admin.get("/login").body()).select("#flash")).as("shown once").isEmpty();
        assertThat(server.anonymous().withCookie("crm_session", token).get("/").statusCode()).isEqualTo(302);
    }

    @Test
    void theOldCookieStopsWorkingOnceTheServerRevokedIt() {
        Browser admin = server.admin();
        String token = admin.cookie("crm_session").orElseThrow();
        server.accounts().signOut(token);

        assertThat(admin.get("/").statusCode()).isEqualTo(302);
        assertThat(List.of(admin.get("/", "application/json").statusCode())).containsExactly(401);
    }
}
