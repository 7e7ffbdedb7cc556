package com.attackacrack.crm.application.port.out;

import java.util.Objects;

/**
 * What became of one send: ACCEPTED with the provider's message id and status (e.g. {@code queued}); REJECTED when
 * the provider refused it for good (a 4xx: its code and message, never retried); FAILED when the provider could not
 * be reached, or it is not known whether the message reached it (the reason): do not resend without checking the
 * provider first, since the customer may already have it.
 */
public record SmsSendResult(Outcome outcome, String providerMessageId, String providerStatus, String failureCode,
                            String failureReason) {

    /** How a send ended. */
    public enum Outcome {
        ACCEPTED,
        REJECTED,
        FAILED
    }

    public SmsSendResult {
        Objects.requireNonNull(outcome, "outcome");
        if (outcome == Outcome.ACCEPTED && (providerMessageId == null || providerMessageId.isBlank())) {
            throw new IllegalArgumentException("an accepted message has the provider's id");
        }
        if (outcome != Outcome.ACCEPTED && (failureReason == null || failureReason.isBlank())) {
            throw new IllegalArgumentException("a refused or failed send says why");
        }
    }

    /** The provider took the message. */
    public static SmsSendResult accepted(String providerMessageId, String providerStatus) {
        return new SmsSendResult(Outcome.ACCEPTED, providerMessageId, providerStatus, null, null);
    }

    /** The provider refused the message for good. */
    public static SmsSendResult rejected(String code, String reason) {
        return new SmsSendResult(Outcome.REJECTED, null, null, code, reason);
    }

    /** The provider could not be reached, or it is not known whether it got the message: do not resend unchecked. */
    public static SmsSendResult failed(String reason) {
        return new SmsSendResult(Outcome.FAILED, null, null, null, reason);
    }
}
