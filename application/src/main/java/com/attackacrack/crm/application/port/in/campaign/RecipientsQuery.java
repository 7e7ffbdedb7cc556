package com.attackacrack.crm.application.port.in.campaign;

import com.attackacrack.crm.domain.campaign.CampaignId;
import com.attackacrack.crm.domain.campaign.RecipientStatus;
import com.attackacrack.crm.domain.shared.PageRequest;
import java.util.Objects;

/** Which recipients of a campaign to list: optionally only those in one status (null: all), and which page. */
public record RecipientsQuery(CampaignId campaign, RecipientStatus status, PageRequest page) {

    public RecipientsQuery {
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(page, "page");
    }
}
