package com.attackacrack.crm.adapters.in.web.support;

import com.attackacrack.crm.application.port.in.integration.GetIntegrationStatusUseCase;
import com.attackacrack.crm.application.port.in.integration.IntegrationStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The integration status in-port answering whatever status a test sets; records calls. */
public final class FakeIntegrations implements GetIntegrationStatusUseCase {

    /** The webhook URL of the default status. */
    public static final String WEBHOOK_URL = "https://crm.example.com/webhooks/openphone";

    private IntegrationStatus status;
    private final List<String> calls = new ArrayList<>();

    public FakeIntegrations() {
        reset();
    }

    /** Back to nothing configured and nothing received. */
    public synchronized FakeIntegrations reset() {
        status = new IntegrationStatus(false, false, null, false, WEBHOOK_URL, Optional.empty(), 0, 0);
        calls.clear();
        return this;
    }

    public synchronized void set(IntegrationStatus next) {
        status = next;
    }

    public synchronized List<String> calls() {
        return List.copyOf(calls);
    }

    @Override
    public synchronized IntegrationStatus status() {
        calls.add("status");
        return status;
    }
}
