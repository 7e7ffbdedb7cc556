package com.attackacrack.crm.application.port.in.campaign;

import com.attackacrack.crm.domain.campaign.CampaignId;

/** Shows what launching a campaign now would do, without writing anything (NOT_FOUND for an unknown id). */
public interface PreviewCampaignUseCase {

    CampaignPreview preview(CampaignId id);
}
