package com.attackacrack.crm.application.port.in.campaign;

import com.attackacrack.crm.domain.campaign.CampaignList;
import com.attackacrack.crm.domain.shared.Page;
import com.attackacrack.crm.domain.shared.PageRequest;

/** One page of campaign lists, newest first, with their member counts and the total number of lists. */
public interface ListCampaignListsUseCase {

    Page<CampaignList> list(PageRequest page);
}
