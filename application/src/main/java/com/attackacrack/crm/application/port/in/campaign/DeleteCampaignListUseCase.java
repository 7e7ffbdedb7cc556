package com.attackacrack.crm.application.port.in.campaign;

import com.attackacrack.crm.domain.campaign.CampaignListId;

/** Deletes a campaign list and its memberships, never the contacts (NOT_FOUND for an unknown list). */
public interface DeleteCampaignListUseCase {

    void delete(CampaignListId id);
}
