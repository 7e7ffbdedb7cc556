package com.attackacrack.crm.application.service.campaign;

import com.attackacrack.crm.application.port.in.campaign.CampaignListCommand;
import com.attackacrack.crm.application.port.in.campaign.RenameCampaignListUseCase;
import com.attackacrack.crm.application.port.out.CampaignListRepository;
import com.attackacrack.crm.domain.campaign.CampaignList;
import com.attackacrack.crm.domain.campaign.CampaignListId;
import java.time.Clock;

/** Renames and re-describes a campaign list; its members stay. */
public final class RenameCampaignListService implements RenameCampaignListUseCase {

    private final CampaignListRepository lists;
    private final Clock clock;

    public RenameCampaignListService(CampaignListRepository lists, Clock clock) {
        this.lists = lists;
        this.clock = clock;
    }

    @Override
    public CampaignList rename(CampaignListId id, CampaignListCommand command) {
        return lists.update(id, command.name(), command.description(), clock.instant());
    }
}
