package com.attackacrack.crm.bootstrap;

import com.attackacrack.crm.adapters.in.webhook.openphone.OpenPhoneSignatureVerifier;
import com.attackacrack.crm.adapters.in.webhook.openphone.OpenPhoneWebhookController;
import com.attackacrack.crm.adapters.out.persistence.JdbiTransactionRunner;
import com.attackacrack.crm.adapters.out.persistence.JdbiWebhookEventRepository;
import com.attackacrack.crm.application.port.out.TransactionRunner;
import com.attackacrack.crm.application.port.out.WebhookEventRepository;
import com.attackacrack.crm.application.service.integration.GetIntegrationStatusService;
import com.attackacrack.crm.application.service.integration.OpenPhoneSetup;
import com.attackacrack.crm.application.service.webhook.ReceiveWebhookService;
import com.attackacrack.crm.application.service.webhook.RejectWebhookService;
import com.attackacrack.crm.bootstrap.config.OpenPhoneConfig;
import java.net.URI;
import java.time.Clock;
import org.jdbi.v3.core.Jdbi;

/**
 * Wires the OpenPhone webhook receiver (signature verification from the configured key, events stored once) and the
 * integration status the Settings page shows.
 */
final class WebhookServices {

    private final WebhookEventRepository events;
    private final TransactionRunner transactions;
    private final OpenPhoneConfig openPhone;
    private final Clock clock;

    WebhookServices(Jdbi jdbi, OpenPhoneConfig openPhone, Clock clock) {
        this.events = new JdbiWebhookEventRepository(jdbi);
        this.transactions = new JdbiTransactionRunner(jdbi);
        this.openPhone = openPhone;
        this.clock = clock;
    }

    /** {@code POST /webhooks/openphone}; without a configured signing key every delivery is refused (503). */
    OpenPhoneWebhookController controller() {
        OpenPhoneSignatureVerifier verifier = openPhone.webhookSigningKey()
                .map(key -> new OpenPhoneSignatureVerifier(key.reveal(), clock))
                .orElse(null);
        return new OpenPhoneWebhookController(new ReceiveWebhookService(events, transactions),
                new RejectWebhookService(events, transactions), verifier, clock);
    }

    /** The OpenPhone status for Settings, Integrations: configuration facts (no secret values) and webhook counts. */
    GetIntegrationStatusService integrationStatus(URI publicBaseUrl) {
        return new GetIntegrationStatusService(setup(openPhone, publicBaseUrl), events);
    }

    /** What the configuration says about OpenPhone; only whether each secret is set crosses into the application. */
    static OpenPhoneSetup setup(OpenPhoneConfig openPhone, URI publicBaseUrl) {
        return new OpenPhoneSetup(openPhone.apiKey().isPresent(), openPhone.phoneNumberId().orElse(null),
                openPhone.webhookSigningKey().isPresent(), publicBaseUrl);
    }
}
