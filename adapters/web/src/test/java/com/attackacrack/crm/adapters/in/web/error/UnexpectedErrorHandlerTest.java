package com.attackacrack.crm.adapters.in.web.error;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import com.attackacrack.crm.adapters.in.web.support.LogCapture;
import com.attackacrack.crm.adapters.in.web.support.TestRoutes;
import com.attackacrack.crm.adapters.in.web.support.TestServer;
import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class UnexpectedErrorHandlerTest {

    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    @Test
    void aThrowingRouteGetsThe500PageWithAReferenceAndNoInternals() {
        HttpResponse<String> response;
        ILoggingEvent logged;
        try (LogCapture log = LogCapture.of(UnexpectedErrorHandler.class)) {
            response = server.admin().get("/test/boom");
            logged = log.events().getFirst();
        }
        Document page = Jsoup.parse(response.body());
        String reference = page.select(".crm-error-reference").text();

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(page.select("h1").text()).isEqualTo("Something went wrong");
        assertThat(reference).matches("[0-9A-F]{12}");
        assertThat(response.body()).doesNotContain(TestRoutes.SECRET, "IllegalStateException", "at com.", "TestRoutes");
        assertThat(logged.getLevel()).isEqualTo(Level.ERROR);
        assertThat(logged.getFormattedMessage()).contains("reference=" + reference).contains("path=/test/boom");
        assertThat(logged.getThrowableProxy().getMessage()).isEqualTo(TestRoutes.SECRET);
        assertThat(logged.getThrowableProxy().getStackTraceElementProxyArray()).isNotEmpty();
    }

    @Test
    void jsonClientsGetTheReferenceInJson() {
        HttpResponse<String> response = server.admin().get("/test/boom", "application/json");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(response.body()).matches("\\{\"status\":500,\"error\":\"Internal Server Error\",\"message\":\"[^\"]+\","
                + "\"reference\":\"[0-9A-F]{12}\"}").doesNotContain(TestRoutes.SECRET);
    }

    @Test
    void eachFailureGetsItsOwnReference() {
        String first = Jsoup.parse(server.admin().get("/test/boom").body()).select(".crm-error-reference").text();
        String second = Jsoup.parse(server.admin().get("/test/boom").body()).select(".crm-error-reference").text();

        assertThat(first).isNotEqualTo(second);
    }
}
