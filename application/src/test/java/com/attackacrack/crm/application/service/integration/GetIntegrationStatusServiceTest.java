package com.attackacrack.crm.application.service.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.attackacrack.crm.application.fakes.InMemoryWebhookEventRepository;
import com.attackacrack.crm.application.port.in.integration.IntegrationStatus;
import com.attackacrack.crm.domain.webhook.WebhookEvent;
import com.attackacrack.crm.domain.webhook.WebhookEvent.SignatureScheme;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GetIntegrationStatusServiceTest {

    private static final Instant T0 = Instant.parse("2026-03-02T14:03:11Z");
    private static final URI BASE = URI.create("https://crm.example.com");

    private final InMemoryWebhookEventRepository events = new InMemoryWebhookEventRepository();

    @Test
    void nothingConfiguredAndNothingReceived() {
        IntegrationStatus status = new GetIntegrationStatusService(new OpenPhoneSetup(false, null, false, BASE), events).status();

        assertThat(status).isEqualTo(new IntegrationStatus(false, false, null, false,
                "https://crm.example.com/webhooks/openphone", Optional.empty(), 0, 0));
    }

    @Test
    void everythingConfiguredWithTheWebhookCountsReadFromTheRepository() {
        GetIntegrationStatusService service = new GetIntegrationStatusService(
                new OpenPhoneSetup(true, "PNabc123", true, URI.create("https://crm.example.com/")), events);
        events.storeOnce(new WebhookEvent("EV1", "message.received", "{}", SignatureScheme.STANDARD, T0));
        events.storeOnce(new WebhookEvent("EV2", "call.completed", "{}", SignatureScheme.LEGACY, T0.plusSeconds(60)));
        events.storeOnce(new WebhookEvent("EV1", "message.received", "{}", SignatureScheme.STANDARD, T0.plusSeconds(90)));
        events.storeRejected("{", "malformed JSON", T0.plusSeconds(120));

        IntegrationStatus status = service.status();

        assertThat(status).isEqualTo(new IntegrationStatus(true, true, "PNabc123", true,
                "https://crm.example.com/webhooks/openphone", Optional.of(T0.plusSeconds(60)), 2, 1));
    }

    @Test
    void theCountsAreReadAtEveryCall() {
        GetIntegrationStatusService service = new GetIntegrationStatusService(new OpenPhoneSetup(true, null, true, BASE), events);
        assertThat(service.status().eventsStored()).isZero();

        events.storeOnce(new WebhookEvent("EV1", "message.received", "{}", SignatureScheme.STANDARD, T0));

        assertThat(service.status().eventsStored()).isEqualTo(1);
        assertThat(service.status().lastVerifiedEventAt()).contains(T0);
    }

    @Test
    void aBlankSendingNumberIsNotConfigured() {
        IntegrationStatus status = new GetIntegrationStatusService(new OpenPhoneSetup(true, "  ", true, BASE), events).status();

        assertThat(status.sendingNumberConfigured()).isFalse();
        assertThat(status.sendingNumber()).isNull();
    }

    @Test
    void theStatusShowsTheSendingNumberExactlyWhenItIsConfigured() {
        assertThatThrownBy(() -> new IntegrationStatus(false, true, null, false, "u", Optional.empty(), 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IntegrationStatus(false, false, "PN1", false, "u", Optional.empty(), 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
