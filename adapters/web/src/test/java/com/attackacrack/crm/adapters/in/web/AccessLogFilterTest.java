package com.attackacrack.crm.adapters.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import com.attackacrack.crm.adapters.in.web.support.Browser;
import com.attackacrack.crm.adapters.in.web.support.LogCapture;
import com.attackacrack.crm.adapters.in.web.support.TestServer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AccessLogFilterTest {

    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    @Test
    void logsOneInfoLinePerRequestWithoutTheQueryString() {
        List<ILoggingEvent> events;
        try (LogCapture log = LogCapture.of("crm.access")) {
            server.get("/health?token=s3cr3t-invite-token", "application/json");
            events = log.awaitEvents(1).events();
        }

        assertThat(events).hasSize(1);
        ILoggingEvent event = events.getFirst();
        assertThat(event.getLevel()).isEqualTo(Level.INFO);
        assertThat(event.getFormattedMessage())
                .startsWith("method=GET path=/health status=200 durationMs=")
                .containsPattern("bytes=\\d+ remote=127\\.0\\.0\\.1$")
                .doesNotContain("s3cr3t");
    }

    @Test
    void logsTheFinalStatusOfErrorAnswers() {
        List<String> lines;
        try (LogCapture log = LogCapture.of("crm.access")) {
            server.admin().get("/no-such-page");
            server.admin().get("/test/boom");
            lines = log.awaitEvents(2).messages();
        }

        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).contains("path=/no-such-page status=404");
        assertThat(lines.get(1)).contains("path=/test/boom status=500");
    }

    @Test
    void logsRequestsRefusedBeforeRouting() {
        List<String> lines;
        try (LogCapture log = LogCapture.of("crm.access")) {
            server.post("/test/echo?x=1", "text/html", new byte[(int) TestServer.BODY_LIMIT + 1], false);
            lines = log.awaitEvents(1).messages();
        }

        assertThat(lines).singleElement().asString().contains("method=POST path=/test/echo status=413").doesNotContain("x=1");
    }

    @Test
    void logsTheStatusOfRequestsAFilterRefused() {
        List<String> lines;
        try (LogCapture log = LogCapture.of("crm.access")) {
            Browser admin = server.admin();
            admin.send(admin.formRequest("/settings/invites", java.util.Map.of("email", "x@example.com"))
                    .header("Origin", server.origin()));
            lines = log.awaitEvents(1).messages();
        }

        assertThat(lines).singleElement().asString().contains("method=POST path=/settings/invites status=403");
    }

    @Test
    void redactsInviteTokens() {
        List<String> lines;
        try (LogCapture log = LogCapture.of("crm.access")) {
            server.get("/invite/s3cr3t-invite-token");
            lines = log.awaitEvents(1).messages();
        }

        assertThat(lines).singleElement().asString().contains("path=/invite/... status=404").doesNotContain("s3cr3t");
        assertThat(AccessLogFilter.safePath("/invite/abc/def?x=1")).isEqualTo("/invite/.../def");
        assertThat(AccessLogFilter.safePath("/settings/invites/12/resend")).isEqualTo("/settings/invites/12/resend");
    }

    @Test
    void neutralisesControlCharactersAndUnknownValues() {
        List<String> lines;
        try (LogCapture log = LogCapture.of("crm.access")) {
            AccessLogFilter.log("GET", "/a\nforged=line", 200, -1, -1, null);
            lines = log.messages();
        }

        assertThat(lines).containsExactly("method=GET path=/a_forged=line status=200 durationMs=- bytes=- remote=-");
    }
}
