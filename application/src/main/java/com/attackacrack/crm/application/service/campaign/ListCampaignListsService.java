package com.attackacrack.crm.application.service.campaign;

import com.attackacrack.crm.application.port.in.campaign.ListCampaignListsUseCase;
import com.attackacrack.crm.application.port.out.CampaignListRepository;
import com.attackacrack.crm.domain.campaign.CampaignList;
import com.attackacrack.crm.domain.shared.Page;
import com.attackacrack.crm.domain.shared.PageRequest;

/** Reads one page of campaign lists, newest first. */
public final class ListCampaignListsService implements ListCampaignListsUseCase {

    private final CampaignListRepository lists;

    public ListCampaignListsService(CampaignListRepository lists) {
        this.lists = lists;
    }

    @Override
    public Page<CampaignList> list(PageRequest page) {
        return lists.list(page);
    }
}
