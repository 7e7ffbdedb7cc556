package com.attackacrack.crm.application.service.integration;

import com.attackacrack.crm.application.port.in.integration.GetIntegrationStatusUseCase;
import com.attackacrack.crm.application.port.in.integration.IntegrationStatus;
import com.attackacrack.crm.application.port.out.WebhookEventRepository;
import java.util.Objects;

/** The OpenPhone integration's status: the configuration facts it was built with plus the webhook counts, read now. */
public final class GetIntegrationStatusService implements GetIntegrationStatusUseCase {

    private final OpenPhoneSetup setup;
    private final WebhookEventRepository events;

    /**
     * A status service over fixed configuration facts.
     *
     * @param setup  what the configuration says (no secret values)
     * @param events the stored webhook deliveries
     */
    public GetIntegrationStatusService(OpenPhoneSetup setup, WebhookEventRepository events) {
        this.setup = Objects.requireNonNull(setup, "setup");
        this.events = Objects.requireNonNull(events, "events");
    }

    @Override
    public IntegrationStatus status() {
        return new IntegrationStatus(setup.apiKeyConfigured(), setup.sendingNumber() != null, setup.sendingNumber(),
                setup.signingKeyConfigured(), setup.webhookUrl(), events.lastReceivedAt(), events.countStored(),
                events.countRejected());
    }
}
