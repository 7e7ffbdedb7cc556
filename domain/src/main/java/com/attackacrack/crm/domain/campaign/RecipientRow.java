package com.attackacrack.crm.domain.campaign;

import com.attackacrack.crm.domain.contact.ContactId;
import com.attackacrack.crm.domain.shared.PhoneNumber;
import java.time.Instant;
import java.util.Objects;

/**
 * One recipient of a launched campaign as the campaign page and its CSV export show it. contact and contactName are
 * null once the contact was deleted; phone is null for a contact that had no valid phone at launch; body is null for
 * an excluded recipient, exclusion null for everyone else.
 */
public record RecipientRow(long id, ContactId contact, String contactName, PhoneNumber phone, Variant variant,
                           RecipientStatus status, ExclusionReason exclusion, String body, Instant sentAt,
                           Instant deliveredAt, Instant failedAt, String failureReason, Instant repliedAt,
                           Instant optedOutAt) {

    public RecipientRow {
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(status, "status");
    }
}
