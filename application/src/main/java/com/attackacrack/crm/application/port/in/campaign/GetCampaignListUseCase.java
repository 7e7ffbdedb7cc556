package com.attackacrack.crm.application.port.in.campaign;

import com.attackacrack.crm.domain.campaign.CampaignListId;
import com.attackacrack.crm.domain.shared.PageRequest;

/** A campaign list with one page of its members, most recently added first (NOT_FOUND for an unknown list). */
public interface GetCampaignListUseCase {

    CampaignListDetails get(CampaignListId id, PageRequest members);
}
