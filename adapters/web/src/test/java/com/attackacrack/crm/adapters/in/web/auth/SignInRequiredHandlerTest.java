package com.attackacrack.crm.adapters.in.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.adapters.in.web.support.TestServer;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SignInRequiredHandlerTest {

    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    @Test
    void aPageLoadIsRedirectedToLoginWithThePathAndQuery() {
        HttpResponse<String> response = server.get("/profile?tab=password&x=%2F");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValue("/login?next=%2Fprofile%3Ftab%3Dpassword%26x%3D%252F");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(response.headers().firstValue("WWW-Authenticate")).isEmpty();
    }

    @Test
    void aBrowserNavigationWithoutHtmlInAcceptIsStillAPageLoad() {
        HttpResponse<String> response = server.send(HttpRequest.newBuilder(server.uri("/profile")).header("Accept", "*/*")
                .header("Sec-Fetch-Mode", "navigate").build());

        assertThat(response.statusCode()).isEqualTo(302);
    }

    @Test
    void theHomePageNeedsNoNext() {
        assertThat(server.get("/").headers().firstValue("Location")).hasValue("/login");
    }

    @Test
    void aFormPostGoesToLoginWithoutNext() {
        HttpResponse<String> response = server.send(HttpRequest.newBuilder(server.uri("/profile/name")).header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.noBody()).build());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValue("/login");
    }

    @Test
    void htmxGets401WithAnHxRedirect() {
        HttpResponse<String> response = server.send(HttpRequest.newBuilder(server.uri("/profile")).header("Accept", "text/html")
                .header("HX-Request", "true").build());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("HX-Redirect")).hasValue("/login?next=%2Fprofile");
    }

    @Test
    void apiClientsAndScriptsGet401Json() {
        for (String accept : new String[] {"application/json", "*/*"}) {
            HttpResponse<String> response = server.get("/profile", accept);

            assertThat(response.statusCode()).as(accept).isEqualTo(401);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
            assertThat(response.body()).isEqualTo("{\"status\":401,\"error\":\"Unauthorized\",\"message\":\"Sign in to continue.\"}");
        }
    }
}
