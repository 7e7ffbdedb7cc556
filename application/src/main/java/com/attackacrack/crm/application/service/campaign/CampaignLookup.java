package com.attackacrack.crm.application.service.campaign;

import com.attackacrack.crm.application.port.out.CampaignRepository;
import com.attackacrack.crm.domain.campaign.Campaign;
import com.attackacrack.crm.domain.campaign.CampaignId;
import com.attackacrack.crm.domain.shared.BusinessRuleException;

/** Finds a campaign or fails NOT_FOUND naming the id. */
final class CampaignLookup {

    private final CampaignRepository campaigns;

    CampaignLookup(CampaignRepository campaigns) {
        this.campaigns = campaigns;
    }

    Campaign get(CampaignId id) {
        return campaigns.find(id).orElseThrow(() -> BusinessRuleException.notFound("No campaign with id " + id));
    }

    /** "Campaign 'Spring promo'", for messages. */
    static String named(Campaign campaign) {
        return "Campaign '" + campaign.name() + "'";
    }
}
