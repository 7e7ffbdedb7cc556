package com.attackacrack.crm.application.service.campaign;

import com.attackacrack.crm.application.port.in.campaign.CampaignsQuery;
import com.attackacrack.crm.application.port.in.campaign.ListCampaignsUseCase;
import com.attackacrack.crm.application.port.out.CampaignRepository;
import com.attackacrack.crm.domain.campaign.Campaign;
import com.attackacrack.crm.domain.shared.Page;

/** Lists campaigns newest first, optionally by status. */
public final class ListCampaignsService implements ListCampaignsUseCase {

    private final CampaignRepository campaigns;

    public ListCampaignsService(CampaignRepository campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public Page<Campaign> list(CampaignsQuery query) {
        return campaigns.list(query.status(), query.page());
    }
}
