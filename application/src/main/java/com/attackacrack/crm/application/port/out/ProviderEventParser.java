package com.attackacrack.crm.application.port.out;

import com.attackacrack.crm.domain.webhook.ProviderEvent;
import com.attackacrack.crm.domain.webhook.WebhookEvent;

/**
 * Reads what a stored webhook event says happened, whichever envelope ({@code data.object} or {@code data.resource})
 * and type name (e.g. {@code call.summary.completed} or {@code callSummary}) it uses.
 */
public interface ProviderEventParser {

    /**
     * The event's meaning; unknown types come back as {@link ProviderEvent.IgnoredEvent}. Throws
     * IllegalArgumentException naming the missing or malformed field when a known type cannot be read: retrying
     * cannot help such an event.
     */
    ProviderEvent parse(WebhookEvent event);
}
