package com.attackacrack.crm.adapters.in.web.error;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import com.attackacrack.crm.adapters.in.web.support.LogCapture;
import com.attackacrack.crm.adapters.in.web.support.TestRoutes;
import com.attackacrack.crm.adapters.in.web.support.TestServer;
import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class HttpErrorHandlerTest {

    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    @Test
    void aClientErrorKeepsItsStatusButNotItsMessage() {
        HttpResponse<String> response = server.admin().get("/test/bad-request");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(response.body()).select("h1").text()).isEqualTo("Bad Request");
        assertThat(response.body()).doesNotContain(TestRoutes.SECRET);
    }

    @Test
    void aServerErrorStatusGetsAReferenceThatIsLogged() {
        HttpResponse<String> response;
        String logged;
        try (LogCapture log = LogCapture.of(HttpErrorHandler.class)) {
            response = server.admin().get("/test/unavailable", "application/json");
            assertThat(log.events()).singleElement().satisfies(it -> assertThat(it.getLevel()).isEqualTo(Level.ERROR));
            logged = log.messages().getFirst();
        }

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).doesNotContain(TestRoutes.SECRET).containsPattern("\"reference\":\"[0-9A-F]{12}\"");
        String reference = response.body().replaceAll(".*\"reference\":\"([0-9A-F]{12})\".*", "$1");
        assertThat(logged).contains("reference=" + reference).contains("path=/test/unavailable");
    }
}
