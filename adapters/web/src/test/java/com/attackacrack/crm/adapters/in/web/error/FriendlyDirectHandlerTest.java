package com.attackacrack.crm.adapters.in.web.error;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.adapters.in.web.TemplateRenderer;
import com.attackacrack.crm.adapters.in.web.WebSettings;
import com.attackacrack.crm.adapters.in.web.support.Browser;
import com.attackacrack.crm.adapters.in.web.support.TestServer;
import io.helidon.http.DirectHandler;
import io.helidon.http.ServerResponseHeaders;
import io.helidon.http.Status;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FriendlyDirectHandlerTest {

    private static TestServer server;

    @BeforeAll
    static void startServer() {
        server = TestServer.start(true);
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void aDeclaredBodyOverTheLimitGetsTheFriendly413Page() {
        HttpResponse<String> response = server.post("/test/echo", "text/html", new byte[(int) TestServer.BODY_LIMIT * 2], false);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html; charset=UTF-8");
        assertThat(Jsoup.parse(response.body()).select("h1").text()).isEqualTo("Request too large");
        assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(response.headers().firstValue("Strict-Transport-Security")).isPresent();
    }

    @Test
    void aChunkedBodyOverTheLimitIs413Too() {
        Browser admin = server.admin();
        HttpResponse<String> response = admin.send(server.postRequest("/test/echo", "text/html",
                new byte[(int) TestServer.BODY_LIMIT * 2], true).header("Origin", server.origin())
                .header("X-CSRF-Token", admin.csrfToken()));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(Jsoup.parse(response.body()).select("h1").text()).isEqualTo("Request too large");
    }

    @Test
    void jsonClientsGetA413JsonBody() {
        HttpResponse<String> response = server.post("/test/echo", "application/json", new byte[(int) TestServer.BODY_LIMIT * 2],
                false);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).startsWith("{\"status\":413,");
    }

    @Test
    void neverEchoesTheInternalMessage() {
        FriendlyDirectHandler handler = new FriendlyDirectHandler(
                new ErrorPages(TemplateRenderer.create(WebSettings.of(0, false, "1", "test")), false));

        DirectHandler.TransportResponse response = handler.handle(DirectHandler.TransportRequest.empty(),
                DirectHandler.EventType.BAD_REQUEST, Status.BAD_REQUEST_400, ServerResponseHeaders.create(),
                "Invalid header value <script>");

        assertThat(response.status()).isEqualTo(Status.BAD_REQUEST_400);
        String body = new String(response.entity().orElseThrow(), StandardCharsets.UTF_8);
        assertThat(body).contains("Bad Request").doesNotContain("Invalid header", "<script>");
        assertThat(response.headers().contains(io.helidon.http.HeaderNames.create("X-Frame-Options"))).isTrue();
    }
}
