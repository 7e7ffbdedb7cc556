package com.attackacrack.crm.bootstrap.config;

import java.net.URI;
import java.util.Optional;

/** OpenPhone API and webhook settings; absent values mean the integration is not configured. */
public record OpenPhoneConfig(Optional<Secret> apiKey, URI apiBaseUrl, Optional<String> phoneNumberId,
                              Optional<Secret> webhookSigningKey) {

    public static final URI DEFAULT_API_BASE_URL = URI.create("https://api.openphone.com/v1");
}
