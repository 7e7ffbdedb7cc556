package com.attackacrack.crm.application.service.campaign;

import com.attackacrack.crm.application.port.in.campaign.CampaignDetail;
import com.attackacrack.crm.application.port.in.campaign.GetCampaignUseCase;
import com.attackacrack.crm.application.port.out.CampaignRecipients;
import com.attackacrack.crm.application.port.out.CampaignRepository;
import com.attackacrack.crm.domain.campaign.CampaignId;

/** Reads a campaign and its figures from its recipient rows. */
public final class GetCampaignService implements GetCampaignUseCase {

    private final CampaignLookup lookup;
    private final CampaignRecipients recipients;

    public GetCampaignService(CampaignRepository campaigns, CampaignRecipients recipients) {
        this.lookup = new CampaignLookup(campaigns);
        this.recipients = recipients;
    }

    @Override
    public CampaignDetail get(CampaignId id) {
        return new CampaignDetail(lookup.get(id), recipients.stats(id));
    }
}
