package com.attackacrack.crm.application.port.out;

import com.attackacrack.crm.domain.campaign.CampaignId;
import com.attackacrack.crm.domain.contact.ContactId;
import com.attackacrack.crm.domain.shared.PhoneNumber;
import java.time.Instant;
import java.util.Objects;

/**
 * A campaign send that may or may not have reached the provider: the row, campaign, contact (null when deleted),
 * number, body, when it was queued (before its claim, so the provider's copy is newer) and when its lease ran out.
 */
public record UnknownSend(long recipientId, CampaignId campaign, ContactId contactOrNull, PhoneNumber phone, String body,
                          Instant queuedAt, Instant leaseUntil) {

    public UnknownSend {
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(queuedAt, "queuedAt");
        Objects.requireNonNull(leaseUntil, "leaseUntil");
    }
}
