package com.attackacrack.crm.application.port.in.campaign;

import com.attackacrack.crm.domain.campaign.AudienceFilter;

/** How many contacts an audience filter picks right now (the filter form's live count). */
public interface CountAudienceUseCase {

    long count(AudienceFilter filter);
}
