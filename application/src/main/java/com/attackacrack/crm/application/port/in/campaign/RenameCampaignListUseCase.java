package com.attackacrack.crm.application.port.in.campaign;

import com.attackacrack.crm.domain.campaign.CampaignList;
import com.attackacrack.crm.domain.campaign.CampaignListId;

/** Renames and re-describes a campaign list (NOT_FOUND for an unknown list, CONFLICT for a taken name). */
public interface RenameCampaignListUseCase {

    CampaignList rename(CampaignListId id, CampaignListCommand command);
}
