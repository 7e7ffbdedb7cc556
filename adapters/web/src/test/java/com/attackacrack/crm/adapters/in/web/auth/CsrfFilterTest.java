package com.attackacrack.crm.adapters.in.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.adapters.in.web.support.Browser;
import com.attackacrack.crm.adapters.in.web.support.FakeAccounts;
import com.attackacrack.crm.adapters.in.web.support.FakeCheckSystemHealth;
import com.attackacrack.crm.adapters.in.web.support.TestServer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CsrfFilterTest {

    private static final Map<String, String> NAME = Map.of("firstName", "Mark", "lastName", "Changed");

    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    private Browser marketer;

    @BeforeEach
    void signIn() {
        server.accounts().reset();
        marketer = server.marketer();
    }

    private HttpResponse<String> rename(Map<String, String> form, String... headers) {
        HttpRequest.Builder request = marketer.formRequest("/profile/name", form);
        for (int i = 0; i < headers.length; i += 2) {
            request.setHeader(headers[i], headers[i + 1]);
        }
        return marketer.send(request);
    }

    private static Map<String, String> with(String token) {
        return Map.of("firstName", "Mark", "lastName", "Changed", "_csrf", token);
    }

    private static void assertRefused(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(Jsoup.parse(response.body()).select("main p").text()).contains(CsrfFilter.MESSAGE);
        assertThat(server.accounts().calls()).as("no state change").isEmpty();
    }

    @Test
    void theRightTokenFromTheRightOriginPasses() {
        assertThat(rename(with(marketer.csrfToken()), "Origin", server.origin()).statusCode()).isEqualTo(303);
    }

    @Test
    void aMissingTokenIsRefused() {
        assertRefused(rename(NAME, "Origin", server.origin()));
    }

    @Test
    void aWrongTokenIsRefused() {
        assertRefused(rename(with(CsrfTokens.newToken()), "Origin", server.origin()));
        assertRefused(rename(with(marketer.csrfToken() + "x"), "Origin", server.origin()));
    }

    @Test
    void anotherUsersTokenIsRefused() {
        assertRefused(rename(with(server.admin().csrfToken()), "Origin", server.origin()));
    }

    @Test
    void aWrongOriginIsRefusedEvenWithTheRightToken() {
        assertRefused(rename(with(marketer.csrfToken()), "Origin", "https://evil.example"));
        assertRefused(rename(with(marketer.csrfToken()), "Origin", "http://127.0.0.1:1"));
        assertRefused(rename(with(marketer.csrfToken()), "Origin", "null"));
    }

    @Test
    void noOriginAndNoRefererIsRefused() {
        assertRefused(rename(with(marketer.csrfToken())));
    }

    @Test
    void aSameSiteRefererStandsInForAMissingOrigin() {
        assertThat(rename(with(marketer.csrfToken()), "Referer", server.origin() + "/profile").statusCode()).isEqualTo(303);
        server.accounts().reset();
        marketer = server.marketer();
        assertRefused(rename(with(marketer.csrfToken()), "Referer", "https://evil.example/profile"));
    }

    @Test
    void htmxRequestsSendTheTokenInAHeader() {
        assertThat(rename(NAME, "Origin", server.origin(), "X-CSRF-Token", marketer.csrfToken(), "HX-Request", "true").statusCode())
                .isEqualTo(303);
    }

    @Test
    void jsonClientsGetAJsonRefusal() {
        HttpResponse<String> response = rename(NAME, "Origin", server.origin(), "Accept", "application/json");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).isEqualTo("{\"status\":403,\"error\":\"Forbidden\",\"message\":\"" + CsrfFilter.MESSAGE + "\"}");
    }

    @Test
    void anonymousFormsNeedTheCookieAndTheFieldToMatch() {
        Browser browser = server.anonymous();
        browser.get("/login");
        Map<String, String> credentials = Map.of("email", "ada@example.com", "password", FakeAccounts.PASSWORD);

        HttpResponse<String> noField = browser.send(browser.formRequest("/login", credentials).header("Origin", server.origin()));
        HttpResponse<String> otherField = browser.send(browser.formRequest("/login", Map.of("email", "ada@example.com", "password",
                FakeAccounts.PASSWORD, "_csrf", CsrfTokens.newToken())).header("Origin", server.origin()));
        Browser noCookie = server.anonymous();
        HttpResponse<String> fieldWithoutCookie = noCookie.send(noCookie.formRequest("/login", Map.of("email", "ada@example.com",
                "password", FakeAccounts.PASSWORD, "_csrf", browser.csrfToken())).header("Origin", server.origin()));

        assertThat(noField.statusCode()).isEqualTo(403);
        assertThat(otherField.statusCode()).isEqualTo(403);
        assertThat(fieldWithoutCookie.statusCode()).isEqualTo(403);
        assertThat(server.accounts().calls()).isEmpty();
        assertThat(browser.post("/login", credentials).statusCode()).isEqualTo(303);
    }

    @Test
    void getRequestsAreNeverChecked() {
        assertThat(marketer.get("/profile").statusCode()).isEqualTo(200);
    }

    @Test
    void withAPublicBaseUrlTheOriginMustBeThatUrl() {
        try (TestServer behindProxy = TestServer.start(TestServer.settings(false).withPublicBaseUrl(URI.create("https://crm.example.com")),
                FakeCheckSystemHealth.allUp())) {
            Browser user = behindProxy.marketer();
            Map<String, String> form = with(user.csrfToken());

            HttpResponse<String> ownHost = user.send(user.formRequest("/profile/name", form).header("Origin", behindProxy.origin()));
            HttpResponse<String> publicUrl = user.send(user.formRequest("/profile/name", form).header("Origin", "https://crm.example.com"));
            HttpResponse<String> plainHttp = user.send(user.formRequest("/profile/name", form).header("Origin", "http://crm.example.com"));

            assertThat(ownHost.statusCode()).isEqualTo(403);
            assertThat(plainHttp.statusCode()).isEqualTo(403);
            assertThat(publicUrl.statusCode()).isEqualTo(303);
        }
    }
}
