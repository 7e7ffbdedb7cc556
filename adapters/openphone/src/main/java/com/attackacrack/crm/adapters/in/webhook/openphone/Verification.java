package com.attackacrack.crm.adapters.in.webhook.openphone;

import com.attackacrack.crm.domain.webhook.WebhookEvent.SignatureScheme;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** What checking a delivery's signature found: verified (with scheme, timestamp and webhook-id) or refused. */
public sealed interface Verification {

    /** Why a delivery was refused. */
    enum Failure {
        /** No signature header, or an incomplete Standard Webhooks set. */
        MISSING_HEADER,
        /** A signature header that cannot be read. */
        MALFORMED_HEADER,
        /** A timestamp more than five minutes from now, either way. */
        STALE_TIMESTAMP,
        /** No signature matches the body under the configured key. */
        BAD_SIGNATURE
    }

    /** A delivery signed with the configured key within the allowed time; webhookId is present for STANDARD. */
    record Verified(SignatureScheme scheme, Instant timestamp, Optional<String> webhookId) implements Verification {

        public Verified {
            Objects.requireNonNull(scheme, "scheme");
            Objects.requireNonNull(timestamp, "timestamp");
            Objects.requireNonNull(webhookId, "webhookId");
        }
    }

    /** A refused delivery: the failure and a short detail safe to log (never the key or the body). */
    record Refused(Failure failure, String detail) implements Verification {

        public Refused {
            Objects.requireNonNull(failure, "failure");
            Objects.requireNonNull(detail, "detail");
        }
    }
}
