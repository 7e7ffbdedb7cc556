package com.attackacrack.crm.application.port.in.campaign;

import com.attackacrack.crm.domain.campaign.Campaign;
import com.attackacrack.crm.domain.campaign.CampaignStats;
import java.util.Objects;

/** A campaign with its figures read from its recipient rows (all zero before launch). */
public record CampaignDetail(Campaign campaign, CampaignStats stats) {

    public CampaignDetail {
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(stats, "stats");
    }
}
