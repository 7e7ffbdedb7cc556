package com.attackacrack.crm.application.port.in.integration;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The OpenPhone integration as an administrator sees it: which settings are configured (never their secret values),
 * the webhook URL to paste into OpenPhone, and what the webhook has stored.
 *
 * @param apiKeyConfigured        whether an API key is set
 * @param sendingNumberConfigured whether a sending number is set
 * @param sendingNumber           the sending number's OpenPhone id or E.164 number (not a secret); null when absent
 * @param signingKeyConfigured    whether a webhook signing key is set
 * @param webhookUrl              the public URL OpenPhone must deliver webhooks to
 * @param lastVerifiedEventAt     when the last verified event arrived, if any
 * @param eventsStored            verified events stored
 * @param deliveriesRejected      signed deliveries that could not be read
 */
public record IntegrationStatus(boolean apiKeyConfigured, boolean sendingNumberConfigured, String sendingNumber,
                                boolean signingKeyConfigured, String webhookUrl, Optional<Instant> lastVerifiedEventAt,
                                long eventsStored, long deliveriesRejected) {

    public IntegrationStatus {
        Objects.requireNonNull(webhookUrl, "webhookUrl");
        Objects.requireNonNull(lastVerifiedEventAt, "lastVerifiedEventAt");
        if (sendingNumberConfigured != (sendingNumber != null)) {
            throw new IllegalArgumentException("the sending number is shown exactly when it is configured");
        }
        if (eventsStored < 0 || deliveriesRejected < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }
}
