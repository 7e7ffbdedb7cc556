package com.attackacrack.crm.application.port.in.webhook;

import com.attackacrack.crm.domain.webhook.StoredWebhookEvent;
import java.util.List;

/** The webhook events whose processing failed on every attempt, newest first, for an administrator to replay. */
public interface ListDeadLettersUseCase {

    /** At most {@code limit} dead letters. */
    List<StoredWebhookEvent> deadLetters(int limit);
}
