package com.attackacrack.crm.application.service.campaign;

import com.attackacrack.crm.application.port.in.campaign.CampaignForm;
import com.attackacrack.crm.application.port.in.campaign.UpdateCampaignUseCase;
import com.attackacrack.crm.application.port.out.CampaignDraft;
import com.attackacrack.crm.application.port.out.CampaignListRepository;
import com.attackacrack.crm.application.port.out.CampaignRepository;
import com.attackacrack.crm.application.port.out.SavedFilterRepository;
import com.attackacrack.crm.domain.campaign.Campaign;
import com.attackacrack.crm.domain.campaign.CampaignId;
import com.attackacrack.crm.domain.campaign.CampaignStatus;
import com.attackacrack.crm.domain.shared.BusinessRuleException;
import java.time.Clock;
import java.time.ZoneId;

/**
 * Saves edits to a draft campaign. A launched campaign is refused: its recipients and their messages were fixed
 * when it launched, so editing it would change nothing that is sent.
 */
public final class UpdateCampaignService implements UpdateCampaignUseCase {

    private final CampaignRepository campaigns;
    private final CampaignLookup lookup;
    private final CampaignFormParser parser;
    private final Clock clock;

    public UpdateCampaignService(CampaignRepository campaigns, CampaignListRepository lists,
                                 SavedFilterRepository filters, ZoneId businessZone, Clock clock) {
        this.campaigns = campaigns;
        this.lookup = new CampaignLookup(campaigns);
        this.parser = new CampaignFormParser(lists, filters, businessZone);
        this.clock = clock;
    }

    @Override
    public Campaign update(CampaignId id, CampaignForm form) {
        Campaign current = lookup.get(id);
        refuseUnlessDraft(current);
        CampaignDraft draft = parser.parse(form);
        return campaigns.update(id, draft, clock.instant()).orElseThrow(() -> {
            refuseUnlessDraft(lookup.get(id));
            return new IllegalStateException("campaign " + id + " is a draft but was not updated");
        });
    }

    private static void refuseUnlessDraft(Campaign campaign) {
        if (campaign.status() != CampaignStatus.DRAFT) {
            throw BusinessRuleException.conflict(CampaignLookup.named(campaign) + " is " + campaign.status().word()
                    + "; only a draft can be edited");
        }
    }
}
