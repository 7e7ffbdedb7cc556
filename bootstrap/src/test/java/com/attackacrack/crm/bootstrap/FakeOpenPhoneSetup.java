package com.attackacrack.crm.bootstrap;

import com.attackacrack.crm.adapters.out.openphone.FakeOpenPhoneServer;
import java.net.URI;
import java.util.Map;

/**
 * Points an app under test at the fake OpenPhone server and the fake back at the app: the API key, base URL and
 * sending line in the app's environment, and the fake's signed webhooks (delivery reports, inbound texts) sent to the
 * app's webhook endpoint with the fixture signing key.
 */
final class FakeOpenPhoneSetup {

    /** The fixture key of ../shared/fixtures/openphone/signature-vectors.json (not a secret). */
    static final String SIGNING_KEY = "Zml4dHVyZS1zaWduaW5nLWtleS1ub3QtYS1zZWNyZXQtMDEyMzQ1Njc4OQ==";
    static final String API_KEY = "fake-openphone-api-key";
    /** The business's OpenPhone line. */
    static final String LINE = "+16175550100";

    private FakeOpenPhoneSetup() {
    }

    /** Wires the fake and the environment of an app that will listen on {@code port}; returns the fake. */
    static FakeOpenPhoneServer connect(FakeOpenPhoneServer openPhone, Map<String, String> env, int port) {
        openPhone.sendWebhooksTo(URI.create("http://localhost:" + port + "/webhooks/openphone"), SIGNING_KEY)
                .sendingNumber(LINE);
        env.put("OPENPHONE_API_KEY", API_KEY);
        env.put("OPENPHONE_API_BASE_URL", openPhone.baseUrl().toString());
        env.put("OPENPHONE_PHONE_NUMBER_ID", LINE);
        env.put("OPENPHONE_WEBHOOK_SIGNING_KEY", SIGNING_KEY);
        return openPhone;
    }
}
