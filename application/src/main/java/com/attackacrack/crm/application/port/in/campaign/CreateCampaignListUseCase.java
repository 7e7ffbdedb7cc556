package com.attackacrack.crm.application.port.in.campaign;

import com.attackacrack.crm.domain.campaign.CampaignList;

/** Creates an empty campaign list (CONFLICT naming the existing list when the name is taken, ignoring case). */
public interface CreateCampaignListUseCase {

    CampaignList create(CampaignListCommand command);
}
