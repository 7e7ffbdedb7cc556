package com.attackacrack.crm.application.port.in.campaign;

import com.attackacrack.crm.domain.campaign.CampaignId;

/** A campaign with its figures, for its page (NOT_FOUND for an unknown id). */
public interface GetCampaignUseCase {

    CampaignDetail get(CampaignId id);
}
