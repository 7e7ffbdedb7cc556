package com.attackacrack.crm.application.service.campaign;

import com.attackacrack.crm.application.port.in.campaign.CampaignListCommand;
import com.attackacrack.crm.application.port.in.campaign.CreateCampaignListUseCase;
import com.attackacrack.crm.application.port.out.CampaignListRepository;
import com.attackacrack.crm.domain.campaign.CampaignList;
import java.time.Clock;

/** Creates an empty campaign list; a taken name fails naming the existing list. */
public final class CreateCampaignListService implements CreateCampaignListUseCase {

    private final CampaignListRepository lists;
    private final Clock clock;

    public CreateCampaignListService(CampaignListRepository lists, Clock clock) {
        this.lists = lists;
        this.clock = clock;
    }

    @Override
    public CampaignList create(CampaignListCommand command) {
        return lists.create(command.name(), command.description(), clock.instant());
    }
}
