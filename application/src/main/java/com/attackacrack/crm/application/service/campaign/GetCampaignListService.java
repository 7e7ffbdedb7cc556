package com.attackacrack.crm.application.service.campaign;

import com.attackacrack.crm.application.port.in.campaign.CampaignListDetails;
import com.attackacrack.crm.application.port.in.campaign.GetCampaignListUseCase;
import com.attackacrack.crm.application.port.out.CampaignListRepository;
import com.attackacrack.crm.domain.campaign.CampaignList;
import com.attackacrack.crm.domain.campaign.CampaignListId;
import com.attackacrack.crm.domain.shared.PageRequest;

/** Reads a campaign list and one page of its members. */
public final class GetCampaignListService implements GetCampaignListUseCase {

    private final CampaignListRepository lists;

    public GetCampaignListService(CampaignListRepository lists) {
        this.lists = lists;
    }

    @Override
    public CampaignListDetails get(CampaignListId id, PageRequest members) {
        CampaignList list = CampaignLists.require(lists, id);
        return new CampaignListDetails(list, lists.members(id, members));
    }
}
