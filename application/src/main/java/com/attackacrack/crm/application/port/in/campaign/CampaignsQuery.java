package com.attackacrack.crm.application.port.in.campaign;

import com.attackacrack.crm.domain.campaign.CampaignStatus;
import com.attackacrack.crm.domain.shared.PageRequest;
import java.util.Objects;

/** Which campaigns to list: optionally only those in one status (null: all), and which page. */
public record CampaignsQuery(CampaignStatus status, PageRequest page) {

    public CampaignsQuery {
        Objects.requireNonNull(page, "page");
    }
}
