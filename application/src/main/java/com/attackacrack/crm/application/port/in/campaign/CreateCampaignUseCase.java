package com.attackacrack.crm.application.port.in.campaign;

import com.attackacrack.crm.domain.campaign.Campaign;
import com.attackacrack.crm.domain.campaign.SendingWindow;
import com.attackacrack.crm.domain.user.UserId;

/** Creates a draft campaign from its form; an unknown list or filter is NOT_FOUND naming it. */
public interface CreateCampaignUseCase {

    Campaign create(CampaignForm form, UserId createdByOrNull);

    /** The sending window a new campaign's form starts with: Monday to Friday, 09:00 to 18:00 in the business zone. */
    SendingWindow defaultWindow();
}
