package com.attackacrack.crm.bootstrap.config;

import java.net.URI;
import java.util.Optional;

/**
 * OpenPhone API and webhook settings; absent values mean the integration is not configured. The request rate is shared
 * by every process using the key (OpenPhone allows 10 per second).
 */
public record OpenPhoneConfig(Optional<Secret> apiKey, URI apiBaseUrl, Optional<String> phoneNumberId,
                              Optional<Secret> webhookSigningKey, int requestsPerSecond) {

    public static final URI DEFAULT_API_BASE_URL = URI.create("https://api.openphone.com/v1");
    public static final int DEFAULT_REQUESTS_PER_SECOND = 10;

    /** Settings with the default request rate. */
    public OpenPhoneConfig(Optional<Secret> apiKey, URI apiBaseUrl, Optional<String> phoneNumberId,
                           Optional<Secret> webhookSigningKey) {
        this(apiKey, apiBaseUrl, phoneNumberId, webhookSigningKey, DEFAULT_REQUESTS_PER_SECOND);
    }

    /** True when texts can really be sent: an API key and a sending number are both set. */
    public boolean canSend() {
        return apiKey.isPresent() && phoneNumberId.isPresent();
    }
}
