package com.attackacrack.crm.adapters.in.web.error;

import static org.assertj.core.api.Assertions.assertThat;

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
        HttpResponse<String> response = server.get("/contacts/123");
        Document page = Jsoup.parse(response.body());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html; charset=UTF-8");
        assertThat(response.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
        assertThat(page.title()).startsWith("Page not found");
        assertThat(page.select("main a[href=/]").text()).isEqualTo("Go to the home page");
        assertThat(page.select("nav .navbar-brand").text()).isEqualTo("Attack-a-Crack CRM");
    }

    @Test
    void jsonClientsGetAJsonBody() {
        HttpResponse<String> response = server.get("/api/nothing", "application/json");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(response.body()).isEqualTo(
                "{\"status\":404,\"error\":\"Not Found\",\"message\":\"There is no page at this address.\"}");
    }

    @Test
    void otherMethodsOnUnknownRoutesAre404Too() {
        HttpResponse<String> response = server.send(HttpRequest.newBuilder(server.uri("/nope"))
                .method("DELETE", HttpRequest.BodyPublishers.noBody()).build());

        assertThat(response.statusCode()).isEqualTo(404);
    }
}
