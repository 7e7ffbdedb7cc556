package com.attackacrack.crm.application.port.in.campaign;

import com.attackacrack.crm.domain.campaign.Campaign;
import com.attackacrack.crm.domain.shared.Page;

/** One page of campaigns, newest first, with the total that match the status filter. */
public interface ListCampaignsUseCase {

    Page<Campaign> list(CampaignsQuery query);
}
