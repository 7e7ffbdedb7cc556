package com.attackacrack.crm.application.service.campaign;

import com.attackacrack.crm.application.port.out.CampaignRepository;
import com.attackacrack.crm.domain.campaign.Campaign;
import com.attackacrack.crm.domain.campaign.CampaignId;
import com.attackacrack.crm.domain.campaign.CampaignStatus;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import java.time.Clock;
import java.util.Set;

/**
 * Moves a campaign from one of some statuses to another with one conditional update, refusing (CONFLICT) with its
 * current status named: "Campaign 'X' is completed; it cannot be paused".
 */
final class CampaignTransitions {

    private final CampaignRepository campaigns;
    private final CampaignLookup lookup;
    private final Clock clock;

    CampaignTransitions(CampaignRepository campaigns, Clock clock) {
        this.campaigns = campaigns;
        this.lookup = new CampaignLookup(campaigns);
        this.clock = clock;
    }

    Campaign move(CampaignId id, Set<CampaignStatus> from, CampaignStatus to, String participle) {
        Campaign current = lookup.get(id);
        refuseUnlessIn(current, from, to, participle);
        if (!campaigns.transition(id, Set.of(current.status()), to, clock.instant())) {
            Campaign now = lookup.get(id);
            refuseUnlessIn(now, Set.of(current.status()), to, participle);
            throw new IllegalStateException("campaign " + id + " did not move to " + to.word());
        }
        return lookup.get(id);
    }

    private static void refuseUnlessIn(Campaign campaign, Set<CampaignStatus> from, CampaignStatus to,
                                       String participle) {
        if (from.contains(campaign.status())) {
            return;
        }
        if (campaign.status() == to) {
            throw BusinessRuleException.conflict(CampaignLookup.named(campaign) + " is already " + to.word());
        }
        throw BusinessRuleException.conflict(CampaignLookup.named(campaign) + " is " + campaign.status().word()
                + "; it cannot be " + participle);
    }
}
