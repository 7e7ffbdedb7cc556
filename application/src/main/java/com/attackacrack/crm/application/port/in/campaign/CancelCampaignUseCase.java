package com.attackacrack.crm.application.port.in.campaign;

import com.attackacrack.crm.domain.campaign.Campaign;
import com.attackacrack.crm.domain.campaign.CampaignId;

/** Cancels a campaign that is not finished: nothing more is sent; refused (CONFLICT) for a finished one. */
public interface CancelCampaignUseCase {

    Campaign cancel(CampaignId id);
}
