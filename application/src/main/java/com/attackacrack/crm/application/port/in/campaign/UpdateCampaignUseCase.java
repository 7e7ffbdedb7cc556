package com.attackacrack.crm.application.port.in.campaign;

import com.attackacrack.crm.domain.campaign.Campaign;
import com.attackacrack.crm.domain.campaign.CampaignId;

/** Saves edits to a draft campaign with the same checks as creating one; a launched campaign is refused (CONFLICT). */
public interface UpdateCampaignUseCase {

    Campaign update(CampaignId id, CampaignForm form);
}
