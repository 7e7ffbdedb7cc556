package com.attackacrack.crm.application.port.out;

import com.attackacrack.crm.domain.contact.ContactId;
import com.attackacrack.crm.domain.conversation.MessageStatus;
import java.time.Duration;
import java.time.Instant;

/**
 * Attributes what the provider reports after a campaign send to its recipient: delivery reports by the provider's
 * message id, and a contact's reply or opt-out to the campaign that texted them most recently within the attribution
 * window. Each mark is made once; a repeated report changes nothing.
 */
public interface CampaignTracking {

    /** The default time after a send within which a reply or an opt-out is attributed to it. */
    Duration DEFAULT_ATTRIBUTION_WINDOW = Duration.ofHours(72);

    /**
     * Moves the sent recipient with this provider message id to delivered, or to failed with the carrier's code and
     * reason (for undelivered and failed); other statuses change nothing.
     */
    void deliveryReport(String providerMessageId, MessageStatus status, String code, String reason, Instant at);

    /**
     * Marks the contact's most recent campaign send within {@code window} before {@code at} replied, unless it
     * already is.
     */
    void replied(ContactId contact, Instant at, Duration window);

    /**
     * Marks the contact's most recent campaign send within {@code window} before {@code at} opted out, unless it
     * already is.
     */
    void optedOut(ContactId contact, Instant at, Duration window);
}
