package com.attackacrack.crm.adapters.in.web.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.attackacrack.crm.adapters.in.web.auth.Access;
import com.attackacrack.crm.adapters.in.web.support.Browser;
import com.attackacrack.crm.adapters.in.web.support.FakeIntegrations;
import com.attackacrack.crm.adapters.in.web.support.TestServer;
import com.attackacrack.crm.application.port.in.integration.IntegrationStatus;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import com.attackacrack.crm.domain.webhook.StoredWebhookEvent;
import com.attackacrack.crm.domain.webhook.WebhookEvent;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class IntegrationsControllerTest {

    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    /** Stands in for any secret value: whatever the configuration holds, it must never reach the page. */
    private static final String SECRET = "SENTINEL-SECRET-whsec_c2VjcmV0";
    private static final Instant LAST_EVENT = Instant.parse("2025-01-02T03:04:05Z");

    private Browser admin;

    @BeforeEach
    void reset() {
        server.accounts().reset();
        server.integrations().reset();
        admin = server.admin();
    }

    private HttpResponse<String> load() {
        HttpResponse<String> response = admin.get("/settings/integrations");
        assertThat(response.statusCode()).isEqualTo(200);
        return response;
    }

    private Document page() {
        return Jsoup.parse(load().body());
    }

    private static void configureEverything() {
        server.integrations().set(new IntegrationStatus(true, true, "PNabc123", true, FakeIntegrations.WEBHOOK_URL,
                Optional.of(LAST_EVENT), 12_345, 7));
    }

    @Test
    void nothingConfiguredShowsNotConfiguredBadgesAndNoEventYet() {
        Document page = page();

        assertThat(page.title()).contains("Integrations");
        assertThat(page.select("#openphone-api-key .crm-config-status").text()).isEqualTo("Not configured");
        assertThat(page.select("#openphone-sending-number .crm-config-status").text()).isEqualTo("Not configured");
        assertThat(page.select("#openphone-sending-number .crm-sending-number")).isEmpty();
        assertThat(page.select("#openphone-signing-key .crm-config-status").text()).isEqualTo("Not configured");
        assertThat(page.select("#openphone-last-event").text()).isEqualTo("No verified event yet");
        assertThat(page.select("#openphone-events-stored").text()).isEqualTo("0");
        assertThat(page.select("#openphone-deliveries-rejected").text()).isEqualTo("0");
        assertThat(page.select("#openphone-webhook-url").val()).isEqualTo(FakeIntegrations.WEBHOOK_URL);
    }

    @Test
    void everythingConfiguredShowsConfiguredBadgesTheSendingNumberAndTheWebhookCounts() {
        configureEverything();

        Document page = page();

        assertThat(page.select("#openphone-settings .crm-config-status").eachText())
                .containsExactly("Configured", "Configured", "Configured");
        assertThat(page.select("#openphone-settings .crm-config-status").eachAttr("data-configured"))
                .containsExactly("true", "true", "true");
        assertThat(page.select("#openphone-sending-number .crm-sending-number").text()).isEqualTo("PNabc123");
        assertThat(page.select("#openphone-last-event time").text()).isEqualTo("2 Jan 2025, 03:04 UTC");
        assertThat(page.select("#openphone-last-event time").attr("datetime")).isEqualTo("2025-01-02T03:04:05Z");
        assertThat(page.select("#openphone-events-stored").text()).isEqualTo("12,345");
        assertThat(page.select("#openphone-deliveries-rejected").text()).isEqualTo("7");
    }

    @Test
    void theWebhookUrlIsReadOnlyWithAnInstructionAndNoExternalLink() {
        Document page = page();

        assertThat(page.select("#openphone-webhook-url").hasAttr("readonly")).isTrue();
        assertThat(page.select("#openphone-webhook-help").text())
                .contains("Paste this URL into OpenPhone → Settings → Integrations → Webhooks");
        assertThat(page.select("main a[href^=http]")).isEmpty();
    }

    private static StoredWebhookEvent dead(long id, String eventId, String error) {
        return new StoredWebhookEvent(id, new WebhookEvent(eventId, "message.received", "{}",
                WebhookEvent.SignatureScheme.STANDARD, LAST_EVENT), StoredWebhookEvent.Status.DEAD, 5, error, null);
    }

    @Test
    void withoutDeadLettersTheSectionSaysAllIsWell() {
        Document page = page();

        assertThat(page.select("#dead-letters h2").text()).isEqualTo("Dead letters");
        assertThat(page.select("#dead-letters-empty").text())
                .isEqualTo("No dead letters: every event was processed or is still being retried.");
        assertThat(page.select("#dead-letters table, #dead-letters button")).isEmpty();
        assertThat(server.integrations().calls()).contains("deadLetters 100");
    }

    @Test
    void deadLettersAreListedWithTheirErrorAndAReplayButton() {
        String longError = "java.lang.IllegalStateException: contact lookup failed because " + "x".repeat(100);
        server.integrations().addDeadLetter(dead(41, "EVabc", longError));
        server.integrations().addDeadLetter(dead(42, "EVdef", "short"));

        Document page = page();

        assertThat(page.select("tr.crm-dead-letter")).hasSize(2);
        var row = page.selectFirst("tr.crm-dead-letter[data-id=41]");
        assertThat(row.select(".crm-dead-event").text()).isEqualTo("EVabc");
        assertThat(row.select(".crm-dead-type").text()).isEqualTo("message.received");
        assertThat(row.select(".crm-dead-received time").text()).isEqualTo("2 Jan 2025, 03:04 UTC");
        assertThat(row.select(".crm-dead-attempts").text()).isEqualTo("5");
        assertThat(row.select(".crm-dead-error").text()).hasSize(81).endsWith("…");
        assertThat(row.select(".crm-dead-error").attr("title")).isEqualTo(longError);
        var form = row.selectFirst("form");
        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.attr("action")).isEqualTo("/settings/integrations/dead-letters/41/replay");
        assertThat(form.select("input[name=_csrf]").val()).isEqualTo(admin.csrfToken());
        assertThat(form.select("button").text()).isEqualTo("Replay");
        assertThat(page.select("tr.crm-dead-letter[data-id=42] .crm-dead-error").text()).isEqualTo("short");
    }

    @Test
    void replayingQueuesTheEventAndSaysSo() {
        server.integrations().addDeadLetter(dead(41, "EVabc", "boom"));

        HttpResponse<String> response = admin.post("/settings/integrations/dead-letters/41/replay", Map.of());

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location").orElseThrow()).startsWith("/settings/integrations");
        assertThat(server.integrations().calls()).containsExactly("replay 41");
        Document page = page();
        assertThat(page.select("#flash").text()).isEqualTo("Event EVabc queued for processing again");
        assertThat(page.select("#flash").hasClass("alert-success")).isTrue();
        assertThat(page.select("tr.crm-dead-letter")).isEmpty();
    }

    @Test
    void aRefusedReplayShowsWhy() {
        server.integrations().failReplaysWith(BusinessRuleException.invalid("Event EVabc was already processed."));

        HttpResponse<String> response = admin.post("/settings/integrations/dead-letters/41/replay", Map.of());

        assertThat(response.statusCode()).isEqualTo(303);
        Document page = page();
        assertThat(page.select("#flash").text()).isEqualTo("Event EVabc was already processed.");
        assertThat(page.select("#flash").hasClass("alert-danger")).isTrue();
    }

    @Test
    void anUnknownDeadLetterShowsWhy() {
        admin.post("/settings/integrations/dead-letters/999/replay", Map.of());

        assertThat(page().select("#flash.alert-danger").text()).isEqualTo("No webhook event with id 999.");
    }

    @Test
    void aReplayNeedsTheCsrfTokenAndAnAdmin() {
        server.integrations().addDeadLetter(dead(41, "EVabc", "boom"));

        HttpResponse<String> noToken = admin.send(admin.formRequest("/settings/integrations/dead-letters/41/replay", Map.of())
                .header("Origin", server.origin()));
        HttpResponse<String> marketer = server.marketer().post("/settings/integrations/dead-letters/41/replay", Map.of());

        assertThat(noToken.statusCode()).isEqualTo(403);
        assertThat(marketer.statusCode()).isEqualTo(403);
        assertThat(marketer.body()).contains(Access.NO_PERMISSION);
        assertThat(server.integrations().calls()).isEmpty();
    }

    @Test
    void theSettingsNavigationMarksIntegrationsActive() {
        Document page = page();

        assertThat(page.select("#settings-nav a.active").text()).isEqualTo("Integrations");
        assertThat(page.select("#settings-nav a.active").attr("href")).isEqualTo("/settings/integrations");
        assertThat(page.select("#settings-nav a.active").attr("aria-current")).isEqualTo("page");
        assertThat(page.select("#settings-nav .crm-coming-soon")).isEmpty();
        assertThat(page.select("#settings-system").attr("href")).isEqualTo("/settings/system");
    }

    @Test
    void noSecretValueEverReachesThePage() {
        configureEverything();
        String configured = load().body();
        server.integrations().reset();
        String unconfigured = load().body();

        assertThat(configured).doesNotContain(SECRET).doesNotContain("whsec_").contains("PNabc123");
        assertThat(unconfigured).doesNotContain(SECRET).doesNotContain("whsec_");
    }

    @Test
    void aMarketerIsForbidden() {
        HttpResponse<String> response = server.marketer().get("/settings/integrations");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains(Access.NO_PERMISSION).doesNotContain("openphone-webhook-url");
        assertThat(server.integrations().calls()).isEmpty();
    }

    @Test
    void signedOutVisitorsAreSentToTheLoginPage() {
        HttpResponse<String> response = server.get("/settings/integrations");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).startsWith("/login?next=");
        assertThat(server.integrations().calls()).isEmpty();
    }
}
