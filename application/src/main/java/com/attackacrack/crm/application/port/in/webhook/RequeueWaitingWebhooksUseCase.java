package com.attackacrack.crm.application.port.in.webhook;

import java.time.Duration;

/**
 * Hands stored events that never reached a worker (the queue was down when they arrived) to the workers again; run
 * when a worker starts and from the CLI.
 */
public interface RequeueWaitingWebhooksUseCase {

    /** Enqueues every event still waiting that arrived more than {@code olderThan} ago; returns how many. */
    int requeueWaiting(Duration olderThan);
}
