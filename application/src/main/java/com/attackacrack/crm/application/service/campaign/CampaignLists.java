package com.attackacrack.crm.application.service.campaign;

import com.attackacrack.crm.application.port.out.CampaignListRepository;
import com.attackacrack.crm.domain.campaign.CampaignList;
import com.attackacrack.crm.domain.campaign.CampaignListId;
import com.attackacrack.crm.domain.shared.BusinessRuleException;

/** Looks up campaign lists for the list services, failing NOT_FOUND with a message a person can act on. */
final class CampaignLists {

    private CampaignLists() {
    }

    static CampaignList require(CampaignListRepository lists, CampaignListId id) {
        return lists.find(id).orElseThrow(() -> notFound(id));
    }

    static BusinessRuleException notFound(CampaignListId id) {
        return BusinessRuleException.notFound("No campaign list with id " + id + ": it may have been deleted.");
    }
}
