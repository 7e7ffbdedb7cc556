package com.attackacrack.crm.application.port.out;

import java.time.Duration;

/**
 * Operational figures the services report where things happen (jobs, webhooks, texts, imports), for the metrics
 * endpoint. Recording never fails the work it describes: an implementation swallows (and logs) its own trouble.
 */
public interface OperationsMetrics {

    /** Records nothing: for unit tests and commands that serve no metrics. */
    OperationsMetrics NONE = new OperationsMetrics() {
        @Override
        public void jobFinished(String jobType, JobOutcome outcome, Duration duration) {
            // nothing recorded
        }

        @Override
        public void webhookReceived(WebhookOutcome outcome, Duration latency) {
            // nothing recorded
        }

        @Override
        public void smsSent(SmsKind kind, SmsSendResult.Outcome outcome) {
            // nothing recorded
        }

        @Override
        public void importRowsApplied(long rows) {
            // nothing recorded
        }
    };

    /** One job of {@code jobType} ran for {@code duration} and ended so. */
    void jobFinished(String jobType, JobOutcome outcome, Duration duration);

    /** A verified webhook delivery was answered, {@code latency} after it arrived. */
    void webhookReceived(WebhookOutcome outcome, Duration latency);

    /** A text was handed to the SMS gateway and it answered with {@code outcome}. */
    void smsSent(SmsKind kind, SmsSendResult.Outcome outcome);

    /** {@code rows} import rows were applied and committed. */
    void importRowsApplied(long rows);

    /** How a job ended. */
    enum JobOutcome {
        /** The handler returned. */
        COMPLETED,
        /** The handler threw: the queue retries it or makes it a dead letter. */
        FAILED
    }

    /** What became of a signed webhook delivery. */
    enum WebhookOutcome {
        /** A new event, stored. */
        ACCEPTED,
        /** A redelivery of an event already stored. */
        DUPLICATE,
        /** Signed but unreadable, kept as rejected. */
        REJECTED
    }

    /** Which path sent a text. */
    enum SmsKind {
        /** A reply typed in a conversation ({@code message.send}). */
        REPLY,
        /** A campaign text ({@code campaign.send}). */
        CAMPAIGN
    }
}
