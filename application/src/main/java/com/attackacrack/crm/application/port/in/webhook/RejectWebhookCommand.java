package com.attackacrack.crm.application.port.in.webhook;

import java.time.Instant;
import java.util.Objects;

/** A correctly signed webhook delivery that could not be read: its raw body, why it was refused, and when it came. */
public record RejectWebhookCommand(String rawBody, String reason, Instant receivedAt) {

    public RejectWebhookCommand {
        Objects.requireNonNull(rawBody, "rawBody");
        Objects.requireNonNull(receivedAt, "receivedAt");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a rejected webhook needs a reason");
        }
        reason = reason.strip();
    }
}
