package com.attackacrack.crm.domain.webhook;

import java.time.Instant;
import java.util.Objects;

/**
 * One verified webhook delivery as received: the provider's event id (unique: a redelivery of the same event is the
 * same event), its type (e.g. {@code message.received}; unknown types are kept too), the raw JSON body exactly as
 * signed, the signature scheme it came with, and when it arrived.
 */
public record WebhookEvent(String eventId, String type, String payload, SignatureScheme scheme, Instant receivedAt) {

    /** How a delivery was signed. */
    public enum SignatureScheme {
        /** {@code openphone-signature: hmac;1;<timestamp ms>;<digest>}. */
        LEGACY,
        /** Standard Webhooks: {@code webhook-id}, {@code webhook-timestamp}, {@code webhook-signature}. */
        STANDARD
    }

    public WebhookEvent {
        if (eventId == null || eventId.isBlank() || eventId.length() > 200) {
            throw new IllegalArgumentException("an event id of 1 to 200 characters is required");
        }
        type = type == null || type.isBlank() ? "unknown" : type.strip();
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }
}
