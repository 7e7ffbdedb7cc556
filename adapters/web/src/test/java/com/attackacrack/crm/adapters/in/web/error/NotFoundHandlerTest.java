package com.attackacrack.crm.adapters.in.web.error;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.adapters.in.web.support.Browser;
import com.attackacrack.crm.adapters.in.web.support.TestServer;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class NotFoundHandlerTest {

    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    @Test
    void anUnknownRouteGetsTheFriendly404Page() {
        HttpResponse<String> response = server.admin().get("/contacts/123");
        Document page = Jsoup.parse(response.body());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html; charset=UTF-8");
        assertThat(response.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
        assertThat(page.title()).startsWith("Page not found");
        assertThat(page.select("main a[href=/]").text()).isEqualTo("Go to the home page");
        assertThat(page.select("nav .navbar-brand").text()).isEqualTo("Attack-a-Crack CRM");
    }

    @Test
    void anonymousVisitorsOfUnknownRoutesAreSentToSignInFirst() {
        HttpResponse<String> response = server.get("/contacts/123");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValue("/login?next=%2Fcontacts%2F123");
    }

    @Test
    void jsonClientsGetAJsonBody() {
        HttpResponse<String> response = server.admin().get("/api/nothing", "application/json");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(response.body()).isEqualTo(
                "{\"status\":404,\"error\":\"Not Found\",\"message\":\"There is no page at this address.\"}");
    }

    @Test
    void otherMethodsOnUnknownRoutesAre404Too() {
        Browser admin = server.admin();
        HttpResponse<String> response = admin.send(admin.request("/nope").header("Origin", server.origin())
                .header("X-CSRF-Token", admin.csrfToken()).method("DELETE", HttpRequest.BodyPublishers.noBody()));

        assertThat(response.statusCode()).isEqualTo(404);
    }
}
