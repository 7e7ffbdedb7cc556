package com.attackacrack.crm.application.service.campaign;

import com.attackacrack.crm.application.port.in.campaign.DeleteCampaignListUseCase;
import com.attackacrack.crm.application.port.out.CampaignListRepository;
import com.attackacrack.crm.domain.campaign.CampaignListId;

/** Deletes a campaign list and its memberships; the contacts stay. */
public final class DeleteCampaignListService implements DeleteCampaignListUseCase {

    private final CampaignListRepository lists;

    public DeleteCampaignListService(CampaignListRepository lists) {
        this.lists = lists;
    }

    @Override
    public void delete(CampaignListId id) {
        if (!lists.delete(id)) {
            throw CampaignLists.notFound(id);
        }
    }
}
