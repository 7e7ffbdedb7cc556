package com.attackacrack.crm.application.service.integration;

import java.net.URI;
import java.util.Objects;

/**
 * What the configuration says about OpenPhone, without any secret value: whether the API key and webhook signing key
 * are set, the sending number (an OpenPhone id or E.164 number, not a secret; null when absent), and the public base
 * URL the webhook URL is built from.
 *
 * @param apiKeyConfigured     whether an API key is set
 * @param sendingNumber        the sending number, or null
 * @param signingKeyConfigured whether a webhook signing key is set
 * @param publicBaseUrl        the CRM's public base URL
 */
public record OpenPhoneSetup(boolean apiKeyConfigured, String sendingNumber, boolean signingKeyConfigured,
                             URI publicBaseUrl) {

    public OpenPhoneSetup {
        Objects.requireNonNull(publicBaseUrl, "publicBaseUrl");
        if (sendingNumber != null) {
            sendingNumber = sendingNumber.strip();
            if (sendingNumber.isEmpty()) {
                sendingNumber = null;
            }
        }
    }

    /** The URL OpenPhone must deliver webhooks to: the public base URL plus {@code /webhooks/openphone}. */
    public String webhookUrl() {
        String base = publicBaseUrl.toString();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return base + "/webhooks/openphone";
    }
}
