package com.attackacrack.crm.application.port.in.webhook;

import com.attackacrack.crm.domain.webhook.WebhookEvent;

/** Takes in one verified webhook delivery: stores it once (a redelivery changes nothing) and answers at once. */
public interface ReceiveWebhookUseCase {

    /** True when the event was new, false for a redelivery of one already stored. */
    boolean receive(WebhookEvent event);
}
