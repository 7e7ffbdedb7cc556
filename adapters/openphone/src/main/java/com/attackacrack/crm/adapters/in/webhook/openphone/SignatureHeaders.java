package com.attackacrack.crm.adapters.in.webhook.openphone;

import java.util.function.UnaryOperator;

/**
 * The signature headers of one webhook delivery as received (any may be null when absent): the legacy
 * {@code openphone-signature}, or the Standard Webhooks {@code webhook-id}, {@code webhook-timestamp} and
 * {@code webhook-signature}.
 */
public record SignatureHeaders(String openPhoneSignature, String webhookId, String webhookTimestamp,
        String webhookSignature) {

    public static final String OPENPHONE_SIGNATURE = "openphone-signature";
    public static final String WEBHOOK_ID = "webhook-id";
    public static final String WEBHOOK_TIMESTAMP = "webhook-timestamp";
    public static final String WEBHOOK_SIGNATURE = "webhook-signature";

    /** Reads the four headers through {@code header}, which answers a header's value by name or null. */
    public static SignatureHeaders from(UnaryOperator<String> header) {
        return new SignatureHeaders(header.apply(OPENPHONE_SIGNATURE), header.apply(WEBHOOK_ID),
                header.apply(WEBHOOK_TIMESTAMP), header.apply(WEBHOOK_SIGNATURE));
    }

    boolean standardPresent() {
        return webhookId != null || webhookTimestamp != null || webhookSignature != null;
    }
}
