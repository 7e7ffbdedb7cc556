package com.attackacrack.crm.application.port.in.campaign;

import com.attackacrack.crm.domain.campaign.Campaign;
import com.attackacrack.crm.domain.campaign.CampaignId;

/** Resumes a paused campaign where it left off; refused (CONFLICT) naming its status otherwise. */
public interface ResumeCampaignUseCase {

    Campaign resume(CampaignId id);
}
