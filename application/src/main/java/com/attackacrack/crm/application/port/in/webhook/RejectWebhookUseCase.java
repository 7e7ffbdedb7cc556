package com.attackacrack.crm.application.port.in.webhook;

/** Keeps a correctly signed webhook delivery that could not be read (malformed JSON, no event id) for an operator. */
public interface RejectWebhookUseCase {

    /** Stores the delivery as rejected, with its reason. */
    void reject(RejectWebhookCommand command);
}
