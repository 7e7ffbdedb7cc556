package com.attackacrack.crm.application.port.in.campaign;

import com.attackacrack.crm.domain.campaign.Campaign;
import com.attackacrack.crm.domain.campaign.CampaignId;

/** Pauses a running campaign so no new texts start; refused (CONFLICT) naming its status otherwise. */
public interface PauseCampaignUseCase {

    Campaign pause(CampaignId id);
}
