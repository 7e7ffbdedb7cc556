package com.attackacrack.crm.application.port.out;

import com.attackacrack.crm.domain.campaign.CampaignId;
import com.attackacrack.crm.domain.contact.ContactId;
import com.attackacrack.crm.domain.shared.PhoneNumber;
import java.util.Objects;

/**
 * A campaign recipient claimed for one send: the row, its campaign, its contact (null when the contact was deleted
 * since launch), the number and the body rendered at launch.
 */
public record SendClaim(long recipientId, CampaignId campaign, ContactId contactOrNull, PhoneNumber phone, String body) {

    public SendClaim {
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(body, "body");
    }
}
