package com.attackacrack.crm.application.service.campaign;

import com.attackacrack.crm.application.port.in.campaign.CampaignForm;
import com.attackacrack.crm.application.port.in.campaign.CreateCampaignUseCase;
import com.attackacrack.crm.application.port.out.CampaignListRepository;
import com.attackacrack.crm.application.port.out.CampaignRepository;
import com.attackacrack.crm.application.port.out.SavedFilterRepository;
import com.attackacrack.crm.domain.campaign.Campaign;
import com.attackacrack.crm.domain.campaign.SendingWindow;
import com.attackacrack.crm.domain.user.UserId;
import java.time.Clock;
import java.time.ZoneId;

/** Creates a draft campaign from its checked form; a blank sending window zone is the business time zone. */
public final class CreateCampaignService implements CreateCampaignUseCase {

    private final CampaignRepository campaigns;
    private final CampaignFormParser parser;
    private final Clock clock;

    public CreateCampaignService(CampaignRepository campaigns, CampaignListRepository lists,
                                 SavedFilterRepository filters, ZoneId businessZone, Clock clock) {
        this.campaigns = campaigns;
        this.parser = new CampaignFormParser(lists, filters, businessZone);
        this.clock = clock;
    }

    @Override
    public Campaign create(CampaignForm form, UserId createdByOrNull) {
        return campaigns.create(parser.parse(form), createdByOrNull, clock.instant());
    }

    @Override
    public SendingWindow defaultWindow() {
        return parser.standardWindow();
    }
}
