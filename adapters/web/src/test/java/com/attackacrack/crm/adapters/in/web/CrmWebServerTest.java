package com.attackacrack.crm.adapters.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.adapters.in.web.auth.WebSecurity;
import com.attackacrack.crm.adapters.in.web.support.Browser;
import com.attackacrack.crm.adapters.in.web.support.FakeAccounts;
import com.attackacrack.crm.adapters.in.web.support.FakeCheckSystemHealth;
import com.attackacrack.crm.adapters.in.web.support.TestServer;
import com.attackacrack.crm.adapters.in.web.system.HealthController;
import io.helidon.webserver.WebServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

class CrmWebServerTest {

    @Test
    void startsOnAFreePortAndStops() {
        TestServer server = TestServer.start();
        try {
            assertThat(server.server().port()).isPositive();
            assertThat(server.server().isRunning()).isTrue();
            assertThat(server.admin().get("/").statusCode()).isEqualTo(200);
        } finally {
            server.close();
        }
        assertThat(server.server().isRunning()).isFalse();
    }

    @Test
    void refusesABodyOverTheConfiguredLimitWith413() {
        try (TestServer server = TestServer.start()) {
            Browser admin = server.admin();
            HttpResponse<String> atLimit = admin.send(server.postRequest("/test/echo", "text/plain", new byte[(int) TestServer.BODY_LIMIT],
                    false).header("Origin", server.origin()).header("X-CSRF-Token", admin.csrfToken()));
            HttpResponse<String> overLimit = server.post("/test/echo", "text/html", new byte[(int) TestServer.BODY_LIMIT + 1], false);

            assertThat(atLimit.statusCode()).isEqualTo(200);
            assertThat(overLimit.statusCode()).isEqualTo(413);
        }
    }

    @Test
    void routingCanBeReusedOnAServerBuiltElsewhere() throws Exception {
        WebSettings settings = TestServer.settings(false);
        TemplateRenderer renderer = TemplateRenderer.create(settings);
        HealthController health = new HealthController(FakeCheckSystemHealth.allUp(), "v", Clock.systemUTC());
        WebSecurity security = WebSecurity.create(settings, new FakeAccounts(), Clock.systemUTC());
        WebServer server = WebServer.builder()
                .featuresDiscoverServices(false)
                .host("127.0.0.1")
                .port(0)
                .routing(routing -> CrmWebServer.routing(routing, settings, renderer, security, List.of(health)))
                .build()
                .start();
        try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            URI base = URI.create("http://127.0.0.1:" + server.port());

            assertThat(client.send(HttpRequest.newBuilder(base.resolve("/health")).build(), HttpResponse.BodyHandlers.ofString())
                    .statusCode()).isEqualTo(200);
            assertThat(client.send(HttpRequest.newBuilder(base.resolve("/nope")).build(), HttpResponse.BodyHandlers.ofString())
                    .statusCode()).as("sign-in required by default").isEqualTo(401);
        } finally {
            server.stop();
        }
    }
}
